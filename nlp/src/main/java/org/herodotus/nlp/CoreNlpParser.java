package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.model.Span;
import org.herodotus.text.Normalizer;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Parser;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * CoreNLP 4.5.10 pipelines for French (tokenize, ssplit, mwt, pos, ner, depparse) and English (plus lemma), each
 * built once on first use and shared. Paragraphs (split on blank lines) are parsed one by one so that a caption
 * without a full stop never runs into the next paragraph; offsets are mapped back into the article text.
 * Typographic apostrophes are made ASCII before parsing (same length, so offsets hold) since the French tokenizer
 * splits "l’" badly otherwise. Thread-safe: CoreNLP annotators may be shared across threads.
 */
public final class CoreNlpParser implements Parser {
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private final Map<Lang, StanfordCoreNLP> pipelines = new EnumMap<>(Lang.class);

    @Override public String name() { return "corenlp-4.5.10"; }

    private synchronized StanfordCoreNLP pipeline(Lang lang) {
        return pipelines.computeIfAbsent(lang, CoreNlpParser::build);
    }

    /** Loads a language's models now (they otherwise load on first use). */
    public void warmUp(Lang... langs) { for (Lang l : langs) pipeline(l); }

    private static StanfordCoreNLP build(Lang lang) {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        Properties p = new Properties();
        if (lang == Lang.FR) {
            try (InputStream in = CoreNlpParser.class.getResourceAsStream("/StanfordCoreNLP-french.properties")) {
                if (in == null) throw new IllegalStateException("CoreNLP French models (stanford-corenlp:4.5.10:models-french) are not on the classpath");
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.buildEntityMentions", "false");
        }
        p.setProperty("ner.buildEntityMentions", "false");
        return new StanfordCoreNLP(p);
    }

    @Override public ParsedArticle parse(Article article, Lang lang) {
        String text = article.text();
        StanfordCoreNLP nlp = pipeline(lang);
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        Matcher m = PARAGRAPH.matcher(text);
        List<int[]> paragraphs = new ArrayList<>();
        while (m.find()) {
            paragraphs.add(new int[] {from, m.start()});
            from = m.end();
        }
        paragraphs.add(new int[] {from, text.length()});
        for (int[] par : paragraphs) {
            String chunk = Normalizer.asciiApostrophes(text.substring(par[0], par[1]));
            if (chunk.isBlank()) continue;
            CoreDocument doc = new CoreDocument(chunk);
            nlp.annotate(doc);
            for (CoreSentence cs : doc.sentences()) {
                Sentence s = convert(sentences.size(), cs, par[0], text.length());
                if (s != null) sentences.add(s);
            }
        }
        return new ParsedArticle(article, lang, sentences);
    }

    /**
     * The dependency graph CoreNLP gives is not always a tree: a token whose chain of heads loops is attached to the
     * root instead (relation "dep"), so that every walk up the tree ends.
     */
    static List<Token> withoutCycles(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            int cur = i;
            while (cur >= 0 && seen.add(cur)) cur = out.get(cur).head();
            if (cur >= 0) {
                Token t = out.get(cur);
                out.set(cur, new Token(t.index(), t.word(), t.span(), t.upos(), t.lemma(), t.ner(), -1, "dep"));
            }
        }
        return out;
    }

    /**
     * The Universal POS tag: French models already give it; English ones give Penn Treebank tags, mapped here
     * (verbs in an auxiliary or copula relation become AUX).
     */
    static String upos(String tag, String rel) {
        if (tag == null) return "X";
        if (tag.equals(tag.toUpperCase(java.util.Locale.ROOT)) && UPOS.contains(tag)) return tag;
        if (tag.startsWith("VB") || tag.equals("MD")) return tag.equals("MD") || rel.startsWith("aux") || rel.equals("cop") ? "AUX" : "VERB";
        if (tag.equals("NNP") || tag.equals("NNPS")) return "PROPN";
        if (tag.startsWith("NN")) return "NOUN";
        if (tag.startsWith("JJ")) return "ADJ";
        if (tag.startsWith("RB") || tag.equals("WRB")) return "ADV";
        if (tag.startsWith("PRP") || tag.startsWith("WP") || tag.equals("EX")) return "PRON";
        return switch (tag) {
            case "IN" -> rel.equals("mark") ? "SCONJ" : "ADP";
            case "DT", "PDT", "WDT" -> "DET";
            case "CD" -> "NUM";
            case "CC" -> "CCONJ";
            case "TO", "POS" -> "PART";
            case "RP" -> "ADP";
            case "UH" -> "INTJ";
            case "SYM", "$", "#" -> "SYM";
            case "FW", "LS" -> "X";
            default -> "PUNCT";
        };
    }

    private static final java.util.Set<String> UPOS = java.util.Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static Sentence convert(int index, CoreSentence cs, int base, int textLength) {
        List<CoreLabel> labels = cs.tokens();
        if (labels.isEmpty()) return null;
        SemanticGraph g = cs.dependencyParse();
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int head = -1;
            String rel = "root";
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(l.index());
            if (w != null && !g.getRoots().contains(w)) {
                Iterator<SemanticGraphEdge> in = g.incomingEdgeIterator(w);
                if (in.hasNext()) {
                    SemanticGraphEdge e = in.next();
                    head = e.getGovernor().index() - 1;
                    rel = e.getRelation().toString();
                }
            } else if (w == null) {
                rel = "dep";
            }
            if (head == i) head = -1;
            int start = Math.min(textLength, base + l.beginPosition());
            int end = Math.min(textLength, Math.max(start, base + l.endPosition()));
            tokens.add(new Token(i, l.word(), new Span(start, end), upos(l.tag(), rel), l.lemma(), l.ner(), head, rel));
        }
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new Sentence(index, span, withoutCycles(tokens));
    }
}
