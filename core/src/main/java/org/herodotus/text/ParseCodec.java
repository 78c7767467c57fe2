package org.herodotus.text;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.model.Span;

/**
 * A parse as plain text, so that a store can keep it and later re-run the stages after parsing (new dictionaries,
 * a changed knowledge base) without the parser: one line per sentence ({@code S <start> <end>}) followed by one
 * tab-separated line per token (word, start, end, UPOS, lemma, NER, head, relation). Words and lemmas never hold
 * tabs or line breaks (the tokenizer splits on white space).
 */
public final class ParseCodec {
    private ParseCodec() {}

    public static String encode(ParsedArticle p) {
        StringBuilder b = new StringBuilder(p.text().length() * 3);
        for (Sentence s : p.sentences()) {
            b.append("S\t").append(s.span().start()).append('\t').append(s.span().end()).append('\n');
            for (Token t : s.tokens())
                b.append(clean(t.word())).append('\t').append(t.span().start()).append('\t').append(t.span().end()).append('\t')
                        .append(t.upos()).append('\t').append(clean(t.lemma())).append('\t').append(t.ner()).append('\t')
                        .append(t.head()).append('\t').append(t.deprel()).append('\n');
        }
        return b.toString();
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }

    /** The parse of {@code article} that {@link #encode} wrote; a damaged text fails with the line that is wrong. */
    public static ParsedArticle decode(Article article, Lang lang, String encoded) {
        List<Sentence> sentences = new ArrayList<>();
        Span span = null;
        List<Token> tokens = new ArrayList<>();
        String[] lines = encoded.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f[0].equals("S") && f.length == 3) {
                    if (span != null) sentences.add(new Sentence(sentences.size(), span, tokens));
                    span = new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    tokens = new ArrayList<>();
                } else if (f.length == 8 && span != null) {
                    tokens.add(new Token(tokens.size(), f[0], new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3], f[4], f[5],
                            Integer.parseInt(f[6]), f[7]));
                } else {
                    throw new IllegalArgumentException("expected a sentence or token line");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("stored parse of " + article.id() + ", line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (span != null) sentences.add(new Sentence(sentences.size(), span, tokens));
        return new ParsedArticle(article, lang, sentences);
    }
}
