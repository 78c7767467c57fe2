package org.herodotus.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.actors.KnowledgeBaseActorResolver;
import org.herodotus.coding.EventCoder;
import org.herodotus.coding.RealisClassifier;
import org.herodotus.coding.TriggerLexicon;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.ArticlePipeline;
import org.herodotus.places.Country;
import org.herodotus.places.GeoNameId;
import org.herodotus.places.InMemoryGazetteer;
import org.herodotus.places.PassChainGeocoder;
import org.herodotus.places.Passes;
import org.herodotus.places.Place;
import org.herodotus.text.FrenchLemmatizer;
import org.herodotus.time.DateTagger;

/**
 * A small world for tests that need no built gazetteer: a few real places (GeoNames ids and coordinates) and
 * countries, the bundled knowledge-base and lexicon files, and a pipeline whose parser refuses to run (tests feed
 * hand-built parses to {@link ArticlePipeline#analyse}).
 */
public final class TestWorld {
    public static final Place TRIPOLI_LY = city(2210247, "Tripoli", "LBY", 32.88743, 13.18733, 1_150_989, "PPLC");
    public static final Place TRIPOLI_LB = city(266826, "Tripoli", "LBN", 34.43667, 35.84972, 229_398, "PPLA");
    public static final Place GHARYAN = city(2217362, "Gharyan", "LBY", 32.17222, 13.02028, 85_219, "PPLA");
    public static final Place MISRATA = city(2214846, "Misratah", "LBY", 32.37535, 15.09254, 386_120, "PPLA");
    public static final Place SIRTE = city(2210554, "Sirte", "LBY", 31.20892, 16.58866, 128_123, "PPLA");
    public static final Place BEIRUT = city(276781, "Beirut", "LBN", 33.89332, 35.50157, 1_916_100, "PPLC");
    public static final Place ADEN = city(415189, "Aden", "YEM", 12.77944, 45.03667, 550_602, "PPLA");
    public static final Place SANAA = city(71137, "Sanaa", "YEM", 15.35472, 44.20667, 1_937_451, "PPLC");

    public final InMemoryGazetteer gazetteer = new InMemoryGazetteer("test-gazetteer");
    public final KnowledgeBase kb;
    public final ArticlePipeline pipeline;

    public TestWorld() {
        gazetteer.addCountry(country("LBY", "LY", TRIPOLI_LY, "Libya", "Libye", "ليبيا"), List.of());
        gazetteer.addCountry(country("LBN", "LB", BEIRUT, "Lebanon", "Liban", "لبنان"), List.of());
        gazetteer.addCountry(country("YEM", "YE", SANAA, "Yemen", "Yémen", "اليمن"), List.of());
        gazetteer.addCountry(country("FRA", "FR", city(2988507, "Paris", "FRA", 48.85341, 2.3488, 2_138_551, "PPLC"), "France", "France", "فرنسا"), List.of());
        gazetteer.addCountry(country("KEN", "KE", city(184745, "Nairobi", "KEN", -1.28333, 36.81667, 2_750_547, "PPLC"), "Kenya", "Kenya", "كينيا"), List.of());
        gazetteer.add(TRIPOLI_LY, List.of("Tripoli", "Tarabulus", "طرابلس"));
        gazetteer.add(TRIPOLI_LB, List.of("Tripoli", "Trablous", "طرابلس"));
        gazetteer.add(GHARYAN, List.of("Gharyan", "Garian", "غريان"));
        gazetteer.add(MISRATA, List.of("Misratah", "Misrata", "Misurata", "مصراتة"));
        gazetteer.add(SIRTE, List.of("Sirte", "Syrte", "Surt", "سرت"));
        gazetteer.add(BEIRUT, List.of("Beirut", "Beyrouth"));
        gazetteer.add(ADEN, List.of("Aden"));
        gazetteer.add(SANAA, List.of("Sanaa", "Sana'a", "Sanaa"));
        kb = KnowledgeBase.load(gazetteer.countries());
        Map<Lang, TriggerLexicon> lex = Map.of(Lang.FR, TriggerLexicon.load(Lang.FR), Lang.EN, TriggerLexicon.load(Lang.EN));
        pipeline = new ArticlePipeline(new NoParser(), FrenchLemmatizer.load(lex.get(Lang.FR).verbLemmas()), new KnowledgeBaseActorResolver(kb),
                new PassChainGeocoder(gazetteer, Passes.standard(), kb::demonym), new DateTagger(), new EventCoder(lex, new RealisClassifier(), gazetteer, kb.version()));
    }

    public static Place city(long id, String name, String a3, double lat, double lon, long pop, String code) {
        return new Place(Optional.of(new GeoNameId(id)), name, CountryCode.of(a3), "", "P", code, lat, lon, pop);
    }

    public static Country country(String a3, String a2, Place capital, String en, String fr, String ar) {
        Place p = new Place(Optional.empty(), en, CountryCode.of(a3), "", "A", "PCLI", capital.lat(), capital.lon(), 0);
        return new Country(CountryCode.of(a3), a2, Map.of("en", List.of(en), "fr", List.of(fr), "ar", List.of(ar)), p);
    }

    /** Tests give parses by hand; nothing here may call a real parser. */
    static final class NoParser implements org.herodotus.text.Parser {
        @Override public org.herodotus.text.ParsedArticle parse(org.herodotus.model.Article a, Lang l) {
            throw new UnsupportedOperationException("tests pass hand-built parses to ArticlePipeline.analyse");
        }

        @Override public String name() { return "none"; }
    }
}
