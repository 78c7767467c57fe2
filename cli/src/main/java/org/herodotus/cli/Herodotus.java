package org.herodotus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.actors.KnowledgeBaseActorResolver;
import org.herodotus.coding.EventCoder;
import org.herodotus.coding.RealisClassifier;
import org.herodotus.coding.TriggerLexicon;
import org.herodotus.data.DataFile;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.nlp.CoreNlpParser;
import org.herodotus.pipeline.ArticlePipeline;
import org.herodotus.places.GazetteerIndex;
import org.herodotus.places.InMemoryGazetteer;
import org.herodotus.places.PassChainGeocoder;
import org.herodotus.places.Passes;
import org.herodotus.text.FrenchLemmatizer;
import org.herodotus.text.Parser;
import org.herodotus.time.DateTagger;

/**
 * The composition root: the one place that loads dictionaries, gazetteer and models and wires the pipeline.
 * Build it once per process; the pipeline it holds is thread-safe.
 */
public final class Herodotus {
    private final InMemoryGazetteer gazetteer;
    private final KnowledgeBase kb;
    private final ArticlePipeline pipeline;
    private final CoreNlpParser parser;

    private Herodotus(InMemoryGazetteer gazetteer, KnowledgeBase kb, ArticlePipeline pipeline, CoreNlpParser parser) {
        this.gazetteer = gazetteer;
        this.kb = kb;
        this.pipeline = pipeline;
        this.parser = parser;
    }

    public static Herodotus load() {
        InMemoryGazetteer g = loadGazetteer();
        KnowledgeBase kb = KnowledgeBase.load(g.countries());
        Map<Lang, TriggerLexicon> lex = new HashMap<>();
        Set<String> verbs = new HashSet<>();
        for (Lang l : Lang.values()) {
            lex.put(l, TriggerLexicon.load(l));
            if (l == Lang.FR) verbs.addAll(lex.get(l).verbLemmas());
        }
        CoreNlpParser parser = new CoreNlpParser();
        ArticlePipeline p = wire(parser, g, kb, lex, verbs);
        return new Herodotus(g, kb, p, parser);
    }

    static ArticlePipeline wire(Parser parser, InMemoryGazetteer g, KnowledgeBase kb, Map<Lang, TriggerLexicon> lex, Set<String> frenchVerbs) {
        return new ArticlePipeline(parser, FrenchLemmatizer.load(frenchVerbs), new KnowledgeBaseActorResolver(kb),
                new PassChainGeocoder(g, Passes.standard()), new DateTagger(), new EventCoder(lex, new RealisClassifier(), g, kb.version()));
    }

    /** Reads the gazetteer index compiled at build time, adding the news names of countries from the KB's alias file. */
    static InMemoryGazetteer loadGazetteer() {
        Map<CountryCode, List<String>> extra = new HashMap<>();
        for (DataFile.Row r : DataFile.resource("/herodotus/kb/country-aliases.tsv", true).rows()) {
            List<String> l = extra.computeIfAbsent(CountryCode.of(r.get(0)), k -> new ArrayList<>());
            for (String n : r.get(2).split(",")) if (!n.isBlank()) l.add(n.trim());
        }
        String res = "/herodotus/gazetteer/geonames.idx.gz";
        try (InputStream in = Herodotus.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException(res + " is missing: build the gazetteer module (mvn -pl gazetteer package)");
            return GazetteerIndex.read(in, extra);
        } catch (IOException e) {
            throw new IllegalStateException(res + ": " + e.getMessage(), e);
        }
    }

    public ArticlePipeline pipeline() { return pipeline; }

    public InMemoryGazetteer gazetteer() { return gazetteer; }

    public KnowledgeBase kb() { return kb; }

    public CoreNlpParser parser() { return parser; }
}
