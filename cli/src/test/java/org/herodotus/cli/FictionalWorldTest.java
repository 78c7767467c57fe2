package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.herodotus.actors.Actor;
import org.herodotus.actors.ActorId;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.Affiliation;
import org.herodotus.actors.Agent;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.coding.Event;
import org.herodotus.coding.TriggerLexicon;
import org.herodotus.data.DataFile;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Sector;
import org.herodotus.pipeline.ArticlePipeline;
import org.herodotus.places.Country;
import org.herodotus.places.GeoNameId;
import org.herodotus.places.InMemoryGazetteer;
import org.herodotus.places.Place;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fictional-world suite: invented countries, places and actors, with the real parser, lexicons and generic
 * agents, so that a rule that passes here passes because of grammar, not because a real name is in a dictionary.
 */
class FictionalWorldTest {
    private static ArticlePipeline pipeline() {
        InMemoryGazetteer g = new InMemoryGazetteer("fictional");
        Place kelmar = new Place(Optional.of(new GeoNameId(9_000_001)), "Kelmar", CountryCode.of("ZMB"), "", "P", "PPLC", 10.0, 20.0, 900_000);
        Place portLune = new Place(Optional.of(new GeoNameId(9_000_002)), "Port Lune", CountryCode.of("ZMB"), "", "P", "PPLA", 10.5, 21.0, 120_000);
        Place ostra = new Place(Optional.of(new GeoNameId(9_000_003)), "Ostra", CountryCode.of("VOS"), "", "P", "PPLC", 12.0, 24.0, 300_000);
        g.addCountry(new Country(CountryCode.of("ZMB"), "ZB", Map.of("en", List.of("Zembia"), "fr", List.of("Zembie")),
                new Place(Optional.empty(), "Zembia", CountryCode.of("ZMB"), "", "A", "PCLI", 10.0, 20.0, 0)), List.of());
        g.addCountry(new Country(CountryCode.of("VOS"), "VO", Map.of("en", List.of("Vostria"), "fr", List.of("Vostrie")),
                new Place(Optional.empty(), "Vostria", CountryCode.of("VOS"), "", "A", "PCLI", 12.0, 24.0, 0)), List.of());
        g.add(kelmar, List.of("Kelmar")).add(portLune, List.of("Port Lune", "Port-Lune")).add(ostra, List.of("Ostra"));
        KnowledgeBase kb = KnowledgeBase.empty();
        for (Country c : g.countries())
            kb.add(new Actor(new ActorId(c.alpha3().value()), c.englishName(), ActorKind.STATE, Optional.of(c.alpha3()), List.of(Sector.of("GOV")),
                    Optional.empty(), true), c.names().values().stream().flatMap(List::stream).toList());
        kb.add(new Actor(new ActorId("fav"), "Free Army of Vostria", ActorKind.ARMED_GROUP, Optional.of(CountryCode.of("VOS")), List.of(Sector.of("REB")),
                Optional.empty(), true), List.of("Free Army of Vostria", "FAV", "Armée libre de Vostria", "ALV"));
        kb.add(new Actor(new ActorId("ilm"), "Tarvo Ilm", ActorKind.PERSON, Optional.of(CountryCode.of("VOS")), List.of(Sector.of("REB")),
                Optional.empty(), true), List.of("Tarvo Ilm", "Ilm"));
        kb.addAffiliation(new Affiliation(new ActorId("ilm"), new ActorId("fav"), "commander", Optional.empty(), Optional.empty()));
        kb.addDemonym("Zembian", CountryCode.of("ZMB")).addDemonym("zembien", CountryCode.of("ZMB")).addDemonym("zembiens", CountryCode.of("ZMB"))
                .addDemonym("Vostrian", CountryCode.of("VOS")).addDemonym("vostriens", CountryCode.of("VOS"));
        for (Agent ag : KnowledgeBase.bundledAgents()) kb.addAgent(ag);
        Map<Lang, TriggerLexicon> lex = Map.of(Lang.FR, TriggerLexicon.load(Lang.FR), Lang.EN, TriggerLexicon.load(Lang.EN));
        return Herodotus.wire(Shared.herodotus().parser(), g, kb, lex, new HashSet<>(lex.get(Lang.FR).verbLemmas()));
    }

    @TestFactory
    Stream<DynamicTest> fictionalWorld() {
        ArticlePipeline p = pipeline();
        List<DynamicTest> tests = new ArrayList<>();
        for (DataFile.Row r : DataFile.resource("/golden/fictional.tsv", false).rows()) {
            String id = r.get(0), category = r.get(1), comment = r.get(2), expect = r.get(6);
            Lang lang = Lang.parse(r.get(3)).orElseThrow();
            Article a = new Article(new ArticleId(id), PartialDate.parse(r.get(4)).orElseThrow(), Optional.of(lang), r.get(5),
                    Optional.empty(), Optional.empty(), Optional.empty(), "fictional.tsv:" + r.line());
            tests.add(DynamicTest.dynamicTest(id + " [" + category + "] " + comment, () -> {
                List<Event> events = p.run(a).events();
                for (String clause : expect.split(" && "))
                    assertThat(GoldenRecords.holds(clause.trim(), events))
                            .as("%s: %s\nin %s", id, clause, GoldenRecords.describe(events)).isTrue();
            }));
        }
        return tests.stream();
    }
}
