package org.herodotus.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Span;
import org.herodotus.text.Normalizer;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Recognises toponyms (NER places plus capitalised proper nouns the gazetteer knows, longest first, common words
 * blocked) and resolves each through an ordered chain of {@link DisambiguationPass}es, counting which pass decided.
 */
public final class PassChainGeocoder implements Geocoder {
    private static final int MAX_WORDS = 4;
    private static final long MIN_POPULATION_WITHOUT_NER = 1000;
    private static final Set<String> BLOCK = Set.of("est", "ouest", "nord", "sud", "centre", "le", "la", "les", "un", "une", "des",
            "the", "a", "an", "of", "and", "et", "mais", "but", "pour", "for", "selon", "dans", "in", "on", "at", "as", "by",
            "president", "président", "general", "général", "marshal", "maréchal", "union", "army", "armée", "march", "mars",
            "mai", "may", "june", "juin", "july", "august", "sunday", "monday", "friday", "samedi", "photo", "police",
            "reuters", "afp", "ap", "sputnik", "council", "conseil", "national", "nationale", "coalition", "forces", "gouvernement",
            "government", "parliament", "parlement", "house", "chambre", "plusieurs", "several", "paix", "peace", "libre", "free");

    private final Gazetteer gazetteer;
    private final List<DisambiguationPass> passes;

    public PassChainGeocoder(Gazetteer gazetteer, List<DisambiguationPass> passes) {
        this.gazetteer = gazetteer;
        this.passes = List.copyOf(passes);
    }

    @Override public PlaceLinks geocode(ParsedArticle a, Optional<CountryCode> focus) {
        Map<String, Integer> counters = new LinkedHashMap<>();
        List<PlaceMention> out = new ArrayList<>();
        List<Place> resolved = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                int took = 0;
                for (int n = Math.min(MAX_WORDS, t.size() - i); n >= 1 && took == 0; n--) {
                    if (!candidateSpan(t, i, n)) continue;
                    Span sp = s.spanOf(i, i + n - 1);
                    String surface = sp.of(a.text());
                    String key = Normalizer.fold(surface);
                    if (BLOCK.contains(key)) continue;
                    List<Place> cands = gazetteer.candidates(key);
                    if (cands.isEmpty()) continue;
                    boolean ner = false;
                    for (int k = i; k < i + n; k++) ner |= t.get(k).nerPlace();
                    if (!ner) {
                        boolean big = cands.stream().anyMatch(p -> p.isCountry() || p.population() >= MIN_POPULATION_WITHOUT_NER);
                        boolean person = false;
                        for (int k = i; k < i + n; k++) person |= t.get(k).nerPerson();
                        if (!big || person) continue;
                    }
                    DisambiguationPass.Context ctx = new DisambiguationPass.Context(focus, resolved);
                    for (DisambiguationPass p : passes) {
                        Optional<Place> pick = p.pick(surface, cands, ctx);
                        if (pick.isPresent()) {
                            out.add(new PlaceMention(s.index(), sp, surface, head(s, i, i + n - 1), pick.get(), p.name(), cands.size()));
                            resolved.add(pick.get());
                            counters.merge("places." + p.name(), 1, Integer::sum);
                            took = n;
                            break;
                        }
                    }
                }
                i += Math.max(1, took);
            }
        }
        return new PlaceLinks(out, counters);
    }

    /** A span may be a toponym if it starts and ends with a capitalised word and holds only nouns, adjectives, names and linking words. */
    private static boolean candidateSpan(List<Token> t, int i, int n) {
        Token first = t.get(i), last = t.get(i + n - 1);
        if (!upper(first.word()) || !upper(last.word())) return false;
        for (int k = i; k < i + n; k++) {
            String u = t.get(k).upos();
            if (u.equals("PUNCT") && !t.get(k).word().equals("-")) return false;
            if (u.equals("VERB") || u.equals("AUX") || u.equals("PRON") || u.equals("NUM")) return false;
        }
        return true;
    }

    private static boolean upper(String w) { return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)); }

    private static int head(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            int h = s.token(i).head();
            if (h < from || h > to) return i;
        }
        return from;
    }
}
