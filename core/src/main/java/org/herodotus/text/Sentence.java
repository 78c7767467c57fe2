package org.herodotus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.herodotus.model.Span;

/** A parsed sentence: tokens with UD dependencies, and its span in the article. */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) throw new IllegalArgumentException("sentence " + index + ": token " + i + " has index " + t.index());
            if (t.head() >= tokens.size()) throw new IllegalArgumentException("sentence " + index + ": token " + i + " head out of range");
        }
        for (Token t : tokens) {
            Token cur = t;
            for (int steps = 0; cur.head() >= 0; steps++) {
                if (steps > tokens.size()) throw new IllegalArgumentException("sentence " + index + ": the heads of token " + t.index() + " form a cycle");
                cur = tokens.get(cur.head());
            }
        }
    }

    public Token token(int i) { return tokens.get(i); }

    public Optional<Token> head(Token t) { return t.head() < 0 ? Optional.empty() : Optional.of(tokens.get(t.head())); }

    public List<Token> children(Token t) {
        List<Token> out = new ArrayList<>();
        for (Token c : tokens) if (c.head() == t.index()) out.add(c);
        return out;
    }

    public List<Token> children(Token t, Predicate<Token> p) {
        List<Token> out = new ArrayList<>();
        for (Token c : tokens) if (c.head() == t.index() && p.test(c)) out.add(c);
        return out;
    }

    public Optional<Token> child(Token t, String rel) {
        for (Token c : tokens) if (c.head() == t.index() && (c.deprel().equals(rel) || c.rel().equals(rel))) return Optional.of(c);
        return Optional.empty();
    }

    /** Whether {@code t} lies in the subtree of {@code ancestor} (a token is in its own subtree). */
    public boolean dominates(Token ancestor, Token t) {
        Token cur = t;
        for (int guard = 0; guard <= tokens.size(); guard++) {
            if (cur.index() == ancestor.index()) return true;
            if (cur.head() < 0) return false;
            cur = tokens.get(cur.head());
        }
        return false;
    }

    /** All tokens of the subtree of {@code t}, in sentence order. */
    public List<Token> subtree(Token t) {
        List<Token> out = new ArrayList<>();
        for (Token c : tokens) if (dominates(t, c)) out.add(c);
        return out;
    }

    /** The chain of heads above {@code t}, nearest first. */
    public List<Token> ancestors(Token t) {
        List<Token> out = new ArrayList<>();
        Token cur = t;
        while (cur.head() >= 0 && out.size() <= tokens.size()) {
            cur = tokens.get(cur.head());
            out.add(cur);
        }
        return out;
    }

    /** The token of a span that attaches it to the sentence: the first one whose head lies outside the span. */
    public Optional<Token> headOf(Span span) {
        for (Token k : tokens)
            if (span.contains(k.span()) && (k.head() < 0 || !span.contains(tokens.get(k.head()).span()))) return Optional.of(k);
        return Optional.empty();
    }

    /** The token whose span is exactly {@code span} (an event's trigger), if any. */
    public Optional<Token> tokenAt(Span span) {
        for (Token t : tokens) if (t.span().equals(span)) return Optional.of(t);
        return Optional.empty();
    }

    /** Whether {@code t} has a case marker or subordinator ("de", "by", "to"...) among these words. */
    public boolean hasCase(Token t, java.util.Set<String> cases) {
        for (Token c : children(t)) if ((c.rel().equals("case") || c.rel().equals("mark")) && cases.contains(c.lower())) return true;
        return false;
    }

    public Span spanOf(int fromToken, int toTokenInclusive) {
        return new Span(tokens.get(fromToken).span().start(), tokens.get(toTokenInclusive).span().end());
    }
}
