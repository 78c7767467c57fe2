package org.herodotus.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.data.DataFile;
import org.herodotus.model.Lang;
import org.herodotus.model.Span;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Reads the numbers of people killed, injured and arrested that a sentence states ("killing six civilians", "tuant
 * trois policiers", "two soldiers were wounded", "faisant cinq morts"): each outcome word of the lexicon's
 * {@code @fatal}, {@code @injure} and {@code @arrest} sets with the people it affected and their number. A single
 * person named or counted by a singular noun counts one; a bare plural ("soldiers were killed") gives no number.
 */
public final class Casualties {
    /** An outcome word, the people it affected (the victims' head tokens) and, when the text gives it, their number. */
    public record Stated(Token word, List<Token> victims, Optional<Count> count) {
        public Stated {
            victims = List.copyOf(victims);
        }
    }

    private static final Pattern DIGITS = Pattern.compile("^(\\d{1,3}(?:[,.\\u202f ]\\d{3})*|\\d+)");
    private static final Map<Count.Kind, String> SETS = Map.of(Count.Kind.FATALITIES, "@fatal", Count.Kind.INJURED, "@injure",
            Count.Kind.ARRESTED, "@arrest");
    private final Map<Lang, Map<String, Integer>> numbers = new HashMap<>();

    public Casualties() {
        for (DataFile.Row r : DataFile.resource("/herodotus/lexicon/numbers.tsv", false).rows()) {
            Lang lang = Lang.parse(r.get(0)).orElseThrow(() -> r.error("unknown language " + r.get(0)));
            try {
                numbers.computeIfAbsent(lang, k -> new HashMap<>()).put(r.get(1), Integer.parseInt(r.get(2)));
            } catch (NumberFormatException e) {
                throw r.error("not a number: " + r.get(2));
            }
        }
    }

    /**
     * Every outcome word of the sentence with its victims and count, in sentence order.
     *
     * @param dates the spans of the sentence's date expressions: a date is no victim ("MOPTI, 23 mars - Des dizaines de
     *              civils ont été tués", where the parser may make "23 mars" the subject, gives no toll of 23)
     */
    public List<Stated> in(Sentence s, String text, TriggerLexicon lex, List<Span> dates) {
        List<Stated> out = new ArrayList<>();
        for (Token w : s.tokens()) {
            Optional<Count.Kind> kind = kind(lex, w);
            if (kind.isEmpty()) continue;
            List<Token> victims = new ArrayList<>(victims(s, w));
            victims.removeIf(v -> dates.stream().anyMatch(d -> d.contains(v.span())));
            Optional<Count> count = Optional.empty();
            if (victims.isEmpty()) {
                count = number(s, w, lex.lang()).map(n -> new Count(kind.get(), n, w.span(), w.span().of(text)));
            } else {
                int total = 0;
                boolean all = true;
                for (Token v : victims) {
                    Optional<Integer> n = number(s, v, lex.lang()).or(() -> single(v, lex.lang()));
                    if (n.isEmpty()) { all = false; break; }
                    total += n.get();
                }
                if (all) {
                    Span span = s.spanOf(victims.stream().mapToInt(Token::index).min().orElseThrow(), victims.stream().mapToInt(Token::index).max().orElseThrow());
                    Span first = countSpan(s, victims.get(0));
                    Span whole = new Span(Math.min(first.start(), span.start()), span.end());
                    count = Optional.of(new Count(kind.get(), total, whole, whole.of(text)));
                }
            }
            out.add(new Stated(w, victims, count));
        }
        return out;
    }

    private static Optional<Count.Kind> kind(TriggerLexicon lex, Token w) {
        for (Map.Entry<Count.Kind, String> e : SETS.entrySet())
            if (lex.set(e.getValue()).contains(w.lemma()) || lex.set(e.getValue()).contains(w.lower())) return Optional.of(e.getKey());
        return Optional.empty();
    }

    /**
     * The people an outcome word affected: the passive subject or the modified noun of a participle ("five people
     * killed"), the object of an active verb, the subject of "die"/"dead", with their conjuncts.
     */
    static List<Token> victims(Sentence s, Token w) {
        Token v = null;
        boolean passive = false;
        for (Token c : s.children(w)) passive |= c.deprel().equals("aux:pass") || c.deprel().equals("nsubj:pass");
        for (Token c : s.children(w)) {
            String r = c.deprel();
            if (passive && r.equals("nsubj:pass")) v = c;
            if (!passive && (r.equals("obj") || r.equals("iobj"))) v = c;
        }
        if (v == null && !w.isNoun()) {
            for (Token c : s.children(w)) if (c.rel().equals("nsubj")) v = c;
            if (v == null && (w.rel().equals("acl") || w.rel().equals("amod")) && w.head() >= 0 && s.token(w.head()).isNoun()) v = s.token(w.head());
            if (v == null && w.rel().equals("xcomp") && w.head() >= 0)
                for (Token c : s.children(s.token(w.head()))) if (c.rel().equals("obj")) v = c;
        }
        if (v == null) return List.of();
        List<Token> out = new ArrayList<>();
        out.add(v);
        for (Token c : s.children(v)) if (c.rel().equals("conj") && (c.isNoun() || c.upos().equals("NUM") || c.upos().equals("PRON"))) out.add(c);
        return out;
    }

    /** The number a victim token carries: itself when a numeral ("killing 9 of them"), else its numeric modifier. */
    private Optional<Integer> number(Sentence s, Token v, Lang lang) {
        // "No one was killed", "personne n'a été tué", "no civilians were hurt": none, not one
        boolean determined = false;
        for (Token c : s.children(v)) {
            if (!c.rel().equals("det")) continue;
            if (RealisClassifier.NO_DETERMINERS.contains(c.lower())) return Optional.of(0);
            determined = true;
        }
        if (NOBODY.contains(v.lower()) && !determined || v.index() > 0 && v.lower().equals("one") && s.token(v.index() - 1).lower().equals("no")) return Optional.of(0);
        if (v.upos().equals("NUM")) return value(v, lang);
        for (Token c : s.children(v)) {
            if (c.rel().equals("nummod")) return value(c, lang);
            if (c.rel().equals("det") && lang == Lang.EN && (c.lower().equals("a") || c.lower().equals("an"))) return Optional.of(1);
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> NOBODY = java.util.Set.of("nobody", "none", "personne", "aucun", "aucune", "nul");

    private static Span countSpan(Sentence s, Token v) {
        int from = v.index();
        for (Token c : s.children(v)) if (c.rel().equals("nummod") || c.rel().equals("det")) from = Math.min(from, c.index());
        return new Span(s.token(from).span().start(), v.span().end());
    }

    /** One person: a named person, or a singular common noun ("a policeman", "le chef du village"). */
    private static Optional<Integer> single(Token v, Lang lang) {
        // a word in capitals is a dateline or an acronym ("KRAMATORSK, April 8 - ..."), not one victim
        if (v.word().length() > 1 && v.word().equals(v.word().toUpperCase(java.util.Locale.ROOT)) && v.word().chars().anyMatch(Character::isLetter))
            return Optional.empty();
        if (v.upos().equals("PROPN") && v.nerPerson()) return Optional.of(1);
        if (!v.upos().equals("NOUN")) return Optional.empty();
        String w = v.lower();
        boolean plural = lang == Lang.EN ? !w.equals(v.lemma()) || w.endsWith("people") || w.equals("police")
                : w.endsWith("s") || w.endsWith("x");
        return plural ? Optional.empty() : Optional.of(1);
    }

    private Optional<Integer> value(Token n, Lang lang) {
        Matcher m = DIGITS.matcher(n.word());
        if (m.find()) {
            try {
                return Optional.of(Integer.parseInt(m.group(1).replaceAll("[,.\\u202f ]", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        Integer v = numbers.getOrDefault(lang, Map.of()).get(n.lower());
        return Optional.ofNullable(v);
    }
}
