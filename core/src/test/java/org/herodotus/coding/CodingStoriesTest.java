package org.herodotus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Lang;
import org.herodotus.model.PloverType;
import org.herodotus.model.Precision;
import org.herodotus.model.Realis;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** Story tests of the coding stage (with actors, places, time and realis) on hand-built parses: no CoreNLP needed. */
class CodingStoriesTest {
    private static final TestWorld WORLD = new TestWorld();

    private static List<Event> code(String date, Lang lang, String text, String conll) {
        Extraction x = WORLD.pipeline.analyse(Parses.parse("t", date, lang, text, conll));
        return x.events();
    }

    private static Event only(List<Event> events, PloverType type) {
        List<Event> l = events.stream().filter(e -> e.type() == type).toList();
        assertThat(l).as("events of type %s in %s", type, events).hasSize(1);
        return l.get(0);
    }

    @Test
    void armeeNationaleLibyenneSeizesGharyanOnThursday() {
        List<Event> ev = code("2019-04-05", Lang.FR, "L'Armée nationale libyenne (ANL) s'est emparée de Gharyan jeudi.", """
                1 L' le DET 2 det
                2 Armée _ NOUN 10 nsubj I-ORG
                3 nationale _ ADJ 2 amod I-ORG
                4 libyenne _ ADJ 2 amod I-ORG
                5 ( _ PUNCT 6 punct
                6 ANL _ PROPN 2 appos I-ORG
                7 ) _ PUNCT 6 punct
                8 s' se PRON 10 expl
                9 est _ AUX 10 aux
                10 emparée _ VERB 0 root
                11 de _ ADP 12 case
                12 Gharyan _ PROPN 10 obl:arg I-LOC
                13 jeudi _ NOUN 10 obl
                14 . _ PUNCT 10 punct
                """);
        Event e = only(ev, PloverType.COERCE);
        assertThat(e.mode()).contains("seize");
        assertThat(e.actors()).singleElement().satisfies(a -> {
            assertThat(a.actor().id().value()).isEqualTo("lna");
            assertThat(a.by()).isEqualTo("dictionary");
        });
        assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.mention().place()).isEqualTo(TestWorld.GHARYAN));
        assertThat(e.date().toString()).isEqualTo("2019-04-04");
        assertThat(e.realis()).isEqualTo(Realis.ACTUAL);
        assertThat(e.cameo()).isEqualTo("192");
        assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.eventType()).isEqualTo("Battles"));
        assertThat(e.evidence().triggerText()).isEqualTo("emparée");
    }

    @Test
    void passiveCaptureTakesTheByPhraseAsSourceAndTheDemonymAsCountry() {
        List<Event> ev = code("2019-06-28", Lang.EN, "Gharyan was captured by Libyan forces on Wednesday.", """
                1 Gharyan Gharyan PROPN 3 nsubj:pass LOCATION
                2 was be AUX 3 aux:pass
                3 captured capture VERB 0 root
                4 by by ADP 6 case
                5 Libyan Libyan ADJ 6 amod MISC
                6 forces force NOUN 3 obl:agent
                7 on on ADP 8 case
                8 Wednesday Wednesday PROPN 3 obl
                9 . . PUNCT 3 punct
                """);
        Event e = only(ev, PloverType.COERCE);
        assertThat(e.actors()).singleElement().satisfies(a -> {
            assertThat(a.actor().id().value()).isEqualTo("LBY-MIL");
            assertThat(a.by()).isEqualTo("agent+country");
        });
        assertThat(e.location().orElseThrow().mention().place()).isEqualTo(TestWorld.GHARYAN);
        assertThat(e.date().toString()).isEqualTo("2019-06-26");
    }

    @Test
    void noClashesIsANegatedAssault() {
        List<Event> ev = code("2019-04", Lang.FR, "Il n'y a pas eu d'affrontements à Tripoli.", """
                1 Il il PRON 6 nsubj
                2 n' ne ADV 6 advmod
                3 y y PRON 6 expl
                4 a avoir AUX 6 aux
                5 pas pas ADV 6 advmod
                6 eu _ VERB 0 root
                7 d' de DET 8 det
                8 affrontements _ NOUN 6 obj
                9 à _ ADP 10 case
                10 Tripoli _ PROPN 6 obl I-LOC
                11 . _ PUNCT 6 punct
                """);
        Event e = only(ev, PloverType.ASSAULT);
        assertThat(e.realis()).isEqualTo(Realis.NEGATED);
        assertThat(e.realis().happened()).isFalse();
    }

    @Test
    void aKillingIn2011ToldIn2019IsHistoricalAndDated2011() {
        List<Event> ev = code("2019-04", Lang.FR, "Kadhafi a été tué en 2011.", """
                1 Kadhafi _ PROPN 4 nsubj:pass I-PER
                2 a _ AUX 4 aux
                3 été _ AUX 4 aux:pass
                4 tué _ VERB 0 root
                5 en _ ADP 6 case
                6 2011 _ NUM 4 obl
                7 . _ PUNCT 4 punct
                """);
        Event e = only(ev, PloverType.ASSAULT);
        assertThat(e.realis()).isEqualTo(Realis.HISTORICAL);
        assertThat(e.date().toString()).isEqualTo("2011");
        assertThat(e.date().precision()).isEqualTo(Precision.YEAR);
        assertThat(e.dateEvidence()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("2011"));
    }

    @Test
    void anOrderedOffensiveIsFutureWhileTheOrderMobilisesTheCommandersForce() {
        String text = "Haftar a ordonné à ses troupes de lancer une offensive contre Tripoli.";
        Extraction x = WORLD.pipeline.analyse(Parses.parse("t", "2019-04-04", Lang.FR, text, """
                1 Haftar _ PROPN 3 nsubj I-PER
                2 a _ AUX 3 aux
                3 ordonné _ VERB 0 root
                4 à _ ADP 6 case
                5 ses son DET 6 det
                6 troupes _ NOUN 3 obl:à
                7 de _ ADP 8 mark
                8 lancer _ VERB 3 xcomp
                9 une _ DET 10 det
                10 offensive _ NOUN 8 obj
                11 contre _ ADP 12 case
                12 Tripoli _ PROPN 10 nmod I-LOC
                13 . _ PUNCT 3 punct
                """));
        List<Event> ev = x.events();
        assertThat(x.actors().mentions()).filteredOn(m -> m.text().equals("ses troupes")).singleElement().satisfies(r -> {
            assertThat(r.actor().id().value()).isEqualTo("lna");
            assertThat(r.by()).isEqualTo("possessive");
        });
        Event order = only(ev, PloverType.MOBILIZE);
        assertThat(order.realis()).isEqualTo(Realis.ACTUAL);
        assertThat(order.actors()).singleElement().satisfies(a -> {
            assertThat(a.actor().id().value()).isEqualTo("haftar");
            assertThat(a.organisation()).hasValueSatisfying(o -> assertThat(o.id().value()).isEqualTo("lna"));
        });
        Event offensive = only(ev, PloverType.ASSAULT);
        assertThat(offensive.realis()).isEqualTo(Realis.FUTURE);
        assertThat(offensive.location().orElseThrow().mention().place()).as("Tripoli in a Libyan story").isEqualTo(TestWorld.TRIPOLI_LY);
    }

    @Test
    void rebelsTookSirteUnderItsFrenchName() {
        List<Event> ev = code("2016-12", Lang.FR, "Les rebelles ont pris Syrte.", """
                1 Les le DET 2 det
                2 rebelles _ NOUN 4 nsubj
                3 ont _ AUX 4 aux
                4 pris _ VERB 0 root
                5 Syrte _ PROPN 4 obj I-LOC
                6 . _ PUNCT 4 punct
                """);
        Event e = only(ev, PloverType.COERCE);
        assertThat(e.actors()).singleElement().satisfies(a -> assertThat(a.actor().sector().orElseThrow().code()).isEqualTo("REB"));
        assertThat(e.location().orElseThrow().mention().place()).isEqualTo(TestWorld.SIRTE);
        assertThat(e.acled().orElseThrow().subEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void aPartyClaimingItsOwnCaptureIsClaimed() {
        List<Event> ev = code("2019-04", Lang.EN, "The LNA said it had captured Gharyan.", """
                1 The the DET 2 det
                2 LNA LNA PROPN 3 nsubj ORGANIZATION
                3 said say VERB 0 root
                4 it it PRON 7 nsubj
                5 had have AUX 7 aux
                6 captured capture VERB 3 ccomp
                7 Gharyan Gharyan PROPN 6 obj LOCATION
                8 . . PUNCT 3 punct
                """.replace("4 it it PRON 7 nsubj", "4 it it PRON 6 nsubj").replace("5 had have AUX 7 aux", "5 had have AUX 6 aux"));
        Event e = only(ev, PloverType.COERCE);
        assertThat(e.realis()).isEqualTo(Realis.CLAIMED);
    }

    @Test
    void eventIdsAreStableForTheSameInputAndDictionaries() {
        String text = "Les rebelles ont pris Syrte.";
        String conll = "1 Les le DET 2 det\n2 rebelles _ NOUN 4 nsubj\n3 ont _ AUX 4 aux\n4 pris _ VERB 0 root\n5 Syrte _ PROPN 4 obj I-LOC\n6 . _ PUNCT 4 punct";
        assertThat(code("2016-12", Lang.FR, text, conll).get(0).id()).isEqualTo(code("2016-12", Lang.FR, text, conll).get(0).id());
    }

    @Test
    void anEarthquakeThatKillsIsNoAssault() {
        List<Event> ev = code("2018-08-06", Lang.EN, "An earthquake killed eight people on Lombok.", """
                1 An a DET 2 det
                2 earthquake earthquake NOUN 3 nsubj
                3 killed kill VERB 0 root
                4 eight eight NUM 5 nummod
                5 people person NOUN 3 obj
                6 on on ADP 7 case
                7 Lombok Lombok PROPN 3 obl LOCATION
                8 . . PUNCT 3 punct
                """);
        assertThat(ev).noneMatch(e -> e.type() == PloverType.ASSAULT);
    }

    @Test
    void gunmenKillingSoldiersIsABattleButKillingVillagersIsViolenceAgainstCivilians() {
        String conll = """
                1 Gunmen gunman NOUN 2 nsubj
                2 killed kill VERB 0 root
                3 four four NUM 4 nummod
                4 WHO _ NOUN 2 obj
                5 . . PUNCT 2 punct
                """;
        Event soldiers = only(code("2019-05-02", Lang.EN, "Gunmen killed four soldiers.", conll.replace("WHO _", "soldiers soldier")), PloverType.ASSAULT);
        assertThat(soldiers.acled().orElseThrow().subEventType()).isEqualTo("Armed clash");
        Event villagers = only(code("2019-05-02", Lang.EN, "Gunmen killed four villagers.", conll.replace("WHO _", "villagers villager")), PloverType.ASSAULT);
        assertThat(villagers.acled().orElseThrow()).isEqualTo(new Event.Acled("Violence against civilians", "Attack", "one-sided"));
        assertThat(soldiers.count(org.herodotus.coding.Count.Kind.FATALITIES)).contains(4);
    }
}
