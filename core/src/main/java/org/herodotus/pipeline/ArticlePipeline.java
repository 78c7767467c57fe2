package org.herodotus.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.actors.ActorLinks;
import org.herodotus.actors.ActorMention;
import org.herodotus.actors.ActorResolver;
import org.herodotus.coding.Event;
import org.herodotus.coding.EventCoder;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.places.Geocoder;
import org.herodotus.places.PlaceLinks;
import org.herodotus.read.LanguageDetector;
import org.herodotus.text.FrenchLemmatizer;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Parser;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;
import org.herodotus.time.DateTagger;
import org.herodotus.time.TimeExpression;

/**
 * The per-article pipeline: parse, normalise French lemmas, resolve actors, geocode, resolve actors again with
 * the places' countries, tag dates, code events.
 * A pure function of the article and the dictionaries it was built with; safe to call from several threads when
 * its parser is.
 */
public final class ArticlePipeline {
    private final Parser parser;
    private final FrenchLemmatizer french;
    private final ActorResolver actors;
    private final Geocoder geocoder;
    private final DateTagger dates;
    private final EventCoder coder;

    public ArticlePipeline(Parser parser, FrenchLemmatizer french, ActorResolver actors, Geocoder geocoder, DateTagger dates, EventCoder coder) {
        this.parser = parser;
        this.french = french;
        this.actors = actors;
        this.geocoder = geocoder;
        this.dates = dates;
        this.coder = coder;
    }

    public Extraction run(Article article) {
        Lang lang = article.lang().orElseGet(() -> LanguageDetector.detect(article.text()));
        return analyse(parser.parse(article, lang));
    }

    /** The stages after parsing, for a parse made elsewhere (a test's hand-built parse, a stored parse). */
    public Extraction analyse(ParsedArticle parsed) {
        ParsedArticle p = parsed.lang() == Lang.FR ? lemmatise(parsed) : parsed;
        ActorLinks a = actors.resolve(p);
        PlaceLinks pl = geocoder.geocode(p, a);
        if (!pl.mentions().isEmpty()) a = actors.resolve(p, pl);
        a = withoutPlaces(a, pl);
        List<TimeExpression> t = dates.tag(p);
        List<Event> ev = coder.code(p, a, pl, t);
        return new Extraction(p, a, pl, t, ev);
    }

    /** An open actor that is in fact a known place ("Gharyan" tagged as a person by NER) is dropped. */
    private static ActorLinks withoutPlaces(ActorLinks a, PlaceLinks pl) {
        List<ActorMention> keep = new ArrayList<>();
        for (ActorMention m : a.mentions()) {
            boolean place = !m.actor().known() && pl.mentions().stream().anyMatch(p -> p.sentence() == m.sentence() && p.span().equals(m.span()));
            if (!place) keep.add(m);
        }
        return keep.size() == a.mentions().size() ? a : new ActorLinks(keep, a.focusCountry(), a.counters());
    }

    /** Fills French lemmas (the parser gives none): infinitives for verbs, singulars for nouns and adjectives. */
    private ParsedArticle lemmatise(ParsedArticle p) {
        List<Sentence> out = new ArrayList<>(p.sentences().size());
        for (Sentence s : p.sentences()) {
            List<Token> toks = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens())
                toks.add(new Token(t.index(), t.word(), t.span(), t.upos(), french.lemma(t.word(), t.upos()), t.ner(), t.head(), t.deprel()));
            out.add(new Sentence(s.index(), s.span(), toks));
        }
        return new ParsedArticle(p.article(), p.lang(), out);
    }

    public String parserName() { return parser.name(); }

    public String dictionaries() { return coder.dictionaries(); }
}
