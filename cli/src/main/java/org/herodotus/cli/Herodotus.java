package org.herodotus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Folders of the analyst's own knowledge-base files, from --kb or the HERODOTUS_KB environment variable. */
    private static final List<Path> USER_KB = new ArrayList<>();

    static { resetUserKb(); }

    /** Back to the folders of $HERODOTUS_KB only (each command line starts and ends so). */
    static synchronized void resetUserKb() {
        USER_KB.clear();
        String env = System.getenv("HERODOTUS_KB");
        if (env != null && !env.isBlank()) for (String d : env.split(java.io.File.pathSeparator)) USER_KB.add(Path.of(d));
    }

    /** Adds a folder of knowledge-base files (actors*.tsv, affiliations*.tsv, agents*.tsv) to every later load. */
    static synchronized void addUserKb(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--kb " + dir + ": not a folder");
        if (!USER_KB.contains(dir)) USER_KB.add(dir);
    }

    /** The analyst's knowledge-base files, in folder then name order; a file that cannot be read fails with its path. */
    static synchronized List<DataFile> userKbFiles() {
        List<DataFile> out = new ArrayList<>();
        for (Path dir : USER_KB) {
            List<Path> files;
            try (java.util.stream.Stream<Path> l = Files.list(dir)) {
                files = l.filter(f -> f.getFileName().toString().matches("(actors|affiliations|agents).*\\.tsv")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalArgumentException("--kb " + dir + ": " + e.getMessage(), e);
            }
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(DataFile.read(f.getFileName().toString(), in, false));
                } catch (IOException e) {
                    throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The knowledge base with the analyst's files on top (no parser, no lexicons: for the actors command). */
    static KnowledgeBase loadKb(InMemoryGazetteer g) { return KnowledgeBase.load(g.countries(), userKbFiles()); }

    public static Herodotus load() {
        InMemoryGazetteer g = loadGazetteer();
        KnowledgeBase kb = loadKb(g);
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
                new PassChainGeocoder(g, Passes.standard(), kb::demonym), new DateTagger(), new EventCoder(lex, new RealisClassifier(), g, kb.version()));
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
            InMemoryGazetteer g = GazetteerIndex.read(in, extra);
            for (DataFile.Row r : DataFile.resource("/herodotus/kb/region-aliases.tsv", true).rows())
                g.aliasRegion(CountryCode.of(r.get(0)), r.get(1), List.of(r.get(2).split(",")));
            return g;
        } catch (IOException e) {
            throw new IllegalStateException(res + ": " + e.getMessage(), e);
        }
    }

    public ArticlePipeline pipeline() { return pipeline; }

    public InMemoryGazetteer gazetteer() { return gazetteer; }

    public KnowledgeBase kb() { return kb; }

    public CoreNlpParser parser() { return parser; }
}
