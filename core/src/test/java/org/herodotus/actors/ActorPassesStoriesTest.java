package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.coding.Event;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.model.PloverType;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/**
 * Story tests of the actor-resolution passes, one per rule, on hand-built parses: the resolver's own steps (loyalty,
 * capitalised agents, place-country focus, titled persons, capital metonymy, open actors, acronyms) and the
 * event coder's ways of finding an event's source (between, participle agent, perception, implicit actors, a
 * compound agent on an event noun).
 */
class ActorPassesStoriesTest {
    private static final TestWorld WORLD = new TestWorld();

    private static Extraction analyse(String date, String text, String conll) {
        return WORLD.pipeline.analyse(Parses.parse("a", date, Lang.EN, text, conll));
    }

    private static Extraction analyse(String text, String conll) { return analyse("2019-04-10", text, conll); }

    private static ActorMention find(Extraction x, String text) {
        List<ActorMention> ms = x.actors().mentions();
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms.stream().map(m -> m.text() + "/" + m.by()).toList()));
    }

    private static Event event(Extraction x, String trigger) {
        return x.events().stream().filter(e -> e.evidence().triggerText().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in "
                        + x.events().stream().map(e -> e.evidence().triggerText() + ":" + e.type()).toList()));
    }

    private static List<String> ids(List<ActorMention> ms) { return ms.stream().map(m -> m.actor().id().value()).toList(); }

    // agent+loyalty: "pro-X" on an agent noun gives the agent to the named actor X; "pro-<demonym>" gives it to that country
    @Test
    void proHouthiForcesAreTheHouthisAndProLibyanForcesAreLibyasMilitary() {
        Extraction x = analyse("The pro-Houthi forces advanced.", """
                1 The the DET 3 det
                2 pro-Houthi pro-Houthi ADJ 3 amod
                3 forces force NOUN 4 nsubj
                4 advanced advance VERB 0 root
                5 . . PUNCT 4 punct
                """);
        ActorMention f = find(x, "forces");
        assertThat(f.actor().id().value()).isEqualTo("houthis");
        assertThat(f.by()).isEqualTo("agent+loyalty");
        assertThat(f.sector().orElseThrow().code()).isEqualTo("MIL");

        Extraction y = analyse("The pro-Libyan forces advanced.", """
                1 The the DET 3 det
                2 pro-Libyan pro-Libyan ADJ 3 amod
                3 forces force NOUN 4 nsubj
                4 advanced advance VERB 0 root
                5 . . PUNCT 4 punct
                """);
        ActorMention l = find(y, "forces");
        assertThat(l.actor().id().value()).isEqualTo("LBY-MIL");
        // a loyalty to a country names no organisation: the agent is combined with the country, and says it was a loyalty
        assertThat(l.by()).isEqualTo("agent+loyalty");
        assertThat(l.sector().orElseThrow().code()).isEqualTo("MIL");
    }

    // agent+country: a capitalised agent noun the tagger took for a name ("the Kenyan Forces") is still an agent
    @Test
    void capitalisedForcesTaggedAsAProperNounAreKenyasMilitary() {
        Extraction x = analyse("The Kenyan Forces withdrew.", """
                1 The the DET 3 det
                2 Kenyan Kenyan ADJ 3 amod MISC
                3 Forces Forces PROPN 4 nsubj
                4 withdrew withdraw VERB 0 root
                5 . . PUNCT 4 punct
                """);
        ActorMention f = find(x, "Forces");
        assertThat(f.actor().id().value()).isEqualTo("KEN-MIL");
        assertThat(f.actor().name()).isEqualTo("Kenya Defence Forces");
        assertThat(f.by()).isEqualTo("agent+country");
        assertThat(f.sector().orElseThrow().code()).isEqualTo("MIL");
    }

    // agent+place: an agent with no country in the text takes the country of the article's places
    @Test
    void policeInAStoryAboutGharyanAreLibyasPolice() {
        Extraction x = analyse("Police dispersed the crowd in Gharyan.", """
                1 Police police NOUN 2 nsubj
                2 dispersed disperse VERB 0 root
                3 the the DET 4 det
                4 crowd crowd NOUN 2 obj
                5 in in ADP 6 case
                6 Gharyan Gharyan PROPN 2 obl LOCATION
                7 . . PUNCT 2 punct
                """);
        assertThat(x.actors().focusCountry()).contains(CountryCode.of("LBY"));
        ActorMention p = find(x, "Police");
        assertThat(p.actor().id().value()).isEqualTo("LBY-COP");
        assertThat(p.actor().name()).isEqualTo("Police Forces of Libya");
        assertThat(p.by()).isEqualTo("agent+place");
        assertThat(p.sector().orElseThrow().code()).isEqualTo("COP");
    }

    // title-country: a person named after a national head-of-government title belongs to that country's government
    @Test
    void aLibyanPrimeMinisterTheKbLacksIsOpenButTiedToLibyasGovernment() {
        Extraction x = analyse("Libyan Prime Minister Omar Jalloud met envoys.", """
                1 Libyan Libyan ADJ 3 amod
                2 Prime Prime PROPN 3 compound
                3 Minister Minister PROPN 4 compound
                4 Omar Omar PROPN 6 nsubj PERSON
                5 Jalloud Jalloud PROPN 4 flat PERSON
                6 met meet VERB 0 root
                7 envoys envoy NOUN 6 obj
                8 . . PUNCT 6 punct
                """);
        ActorMention p = find(x, "Libyan Prime Minister Omar Jalloud");
        assertThat(p.actor().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(p.actor().known()).isFalse();
        assertThat(p.actor().name()).isEqualTo("Omar Jalloud");
        assertThat(p.actor().country()).contains(CountryCode.of("LBY"));
        assertThat(p.organisation()).hasValueSatisfying(o -> assertThat(o.id().value()).isEqualTo("LBY-GOV"));
        assertThat(p.by()).endsWith("+title");
        assertThat(p.sector().orElseThrow().code()).isEqualTo("GOV");
        // the title words are part of the person's mention, not agents of their own
        assertThat(x.actors().mentions()).noneMatch(m -> m.text().equals("Minister"));
    }

    // capital: a capital that is the subject of a verb stands for its government; elsewhere it is a place
    @Test
    void beirutRejectingAnAppealIsLebanonsGovernmentButProtestersInBeirutMakeNoCapitalActor() {
        Extraction x = analyse("Beirut rejected the appeal.", """
                1 Beirut Beirut PROPN 2 nsubj LOCATION
                2 rejected reject VERB 0 root
                3 the the DET 4 det
                4 appeal appeal NOUN 2 obj
                5 . . PUNCT 2 punct
                """);
        ActorMention b = find(x, "Beirut");
        assertThat(b.actor().id().value()).isEqualTo("LBN-GOV");
        assertThat(b.actor().name()).isEqualTo("Government of Lebanon");
        assertThat(b.by()).isEqualTo("capital");
        Event reject = event(x, "rejected");
        assertThat(reject.type()).isEqualTo(PloverType.REJECT);
        assertThat(ids(reject.actors())).containsExactly("LBN-GOV");

        // a capital that is only where something happens stays a place
        Extraction y = analyse("Protesters gathered in Beirut.", """
                1 Protesters protester NOUN 2 nsubj
                2 gathered gather VERB 0 root
                3 in in ADP 4 case
                4 Beirut Beirut PROPN 2 obl LOCATION
                5 . . PUNCT 2 punct
                """);
        assertThat(y.actors().mentions()).noneMatch(m -> m.by().equals("capital"));
        assertThat(y.actors().mentions()).noneMatch(m -> m.text().equals("Beirut"));
        assertThat(y.places().mentions()).anyMatch(pm -> pm.text().equals("Beirut") && pm.place().equals(TestWorld.BEIRUT));
        ActorMention p = find(y, "Protesters");
        assertThat(p.actor().id().value()).isEqualTo("LBN-OPP");
        assertThat(p.by()).isEqualTo("agent+place");
    }

    // open: an organisation the KB lacks takes its sector from the agent noun that ends its name
    @Test
    void anUnknownBrigadeIsAnOpenMilitaryOrganisation() {
        Extraction x = analyse("The Sable Brigade attacked Sirte.", """
                1 The the DET 3 det
                2 Sable Sable PROPN 3 compound ORGANIZATION
                3 Brigade Brigade PROPN 4 nsubj ORGANIZATION
                4 attacked attack VERB 0 root
                5 Sirte Sirte PROPN 4 obj LOCATION
                6 . . PUNCT 4 punct
                """);
        ActorMention b = find(x, "Sable Brigade");
        assertThat(b.by()).isEqualTo("open");
        assertThat(b.actor().known()).isFalse();
        assertThat(b.actor().kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(b.actor().id().value()).isEqualTo("open:sable-brigade");
        assertThat(b.sector().orElseThrow().code()).isEqualTo("MIL");
        // no country in the name: the article's (from Sirte)
        assertThat(b.actor().country()).contains(CountryCode.of("LBY"));
        // the agent noun inside the name makes no second mention
        assertThat(x.actors().mentions()).noneMatch(m -> m.text().equals("Brigade"));
    }

    // open (negative): a name made only of a demonym, qualifiers and an agent noun is the country's institution
    @Test
    void libyanArmedForcesTaggedAsAnOrganisationAreLibyasMilitaryNotAnOpenActor() {
        Extraction x = analyse("The Libyan Armed Forces attacked Sirte.", """
                1 The the DET 4 det
                2 Libyan Libyan ADJ 4 amod ORGANIZATION
                3 Armed Armed PROPN 4 compound ORGANIZATION
                4 Forces Forces PROPN 5 nsubj ORGANIZATION
                5 attacked attack VERB 0 root
                6 Sirte Sirte PROPN 5 obj LOCATION
                7 . . PUNCT 5 punct
                """);
        assertThat(x.actors().mentions()).noneMatch(m -> m.by().equals("open"));
        assertThat(x.actors().mentions()).noneMatch(m -> !m.actor().known());
        ActorMention f = find(x, "Forces");
        assertThat(f.actor().id().value()).isEqualTo("LBY-MIL");
        assertThat(f.actor().name()).isEqualTo("Military Forces of Libya");
        assertThat(f.by()).isEqualTo("agent+country");
    }

    // open + nationality: a demonym right before an unknown organisation's name gives it that country, whatever the focus
    @Test
    void aKenyanUnionTheKbLacksIsKenyanEvenInAStoryAboutLibya() {
        Extraction x = analyse("The Kenyan Tana Union protested in Sirte.", """
                1 The the DET 4 det
                2 Kenyan Kenyan ADJ 4 amod
                3 Tana Tana PROPN 4 compound ORGANIZATION
                4 Union Union PROPN 5 nsubj ORGANIZATION
                5 protested protest VERB 0 root
                6 in in ADP 7 case
                7 Sirte Sirte PROPN 5 obl LOCATION
                8 . . PUNCT 5 punct
                """);
        // Sirte (2 votes) outweighs the demonym (1 vote)
        assertThat(x.actors().focusCountry()).contains(CountryCode.of("LBY"));
        ActorMention u = find(x, "Tana Union");
        assertThat(u.by()).isEqualTo("open");
        assertThat(u.actor().known()).isFalse();
        assertThat(u.actor().country()).contains(CountryCode.of("KEN"));
        assertThat(u.sector().orElseThrow().code()).isEqualTo("LAB");
    }

    // dictionary: an acronym the article does not define means what the KB knows by it
    @Test
    void anUndefinedSdfIsTheSyrianDemocraticForces() {
        Extraction x = analyse("The SDF withdrew.", """
                1 The the DET 2 det
                2 SDF SDF PROPN 3 nsubj ORGANIZATION
                3 withdrew withdraw VERB 0 root
                4 . . PUNCT 3 punct
                """);
        ActorMention s = find(x, "SDF");
        assertThat(s.actor().id().value()).isEqualTo("sdf");
        assertThat(s.actor().name()).isEqualTo("Syrian Democratic Forces");
        assertThat(s.actor().known()).isTrue();
        assertThat(s.by()).isEqualTo("dictionary");
        assertThat(x.actors().mentions()).noneMatch(m -> m.by().equals("acronym") || m.by().equals("open"));
    }

    // between: the sides of an event noun that is the subject of a verb of occurrence are all its sources
    @Test
    void clashesBetweenProHouthiForcesAndYemeniTroopsHaveBothSidesAsSources() {
        Extraction x = analyse("Clashes erupted between pro-Houthi forces and Yemeni troops in Aden.", """
                1 Clashes clash NOUN 2 nsubj
                2 erupted erupt VERB 0 root
                3 between between ADP 5 case
                4 pro-Houthi pro-Houthi ADJ 5 amod
                5 forces force NOUN 2 obl
                6 and and CCONJ 8 cc
                7 Yemeni Yemeni ADJ 8 amod
                8 troops troop NOUN 5 conj
                9 in in ADP 10 case
                10 Aden Aden PROPN 2 obl LOCATION
                11 . . PUNCT 2 punct
                """);
        Event clash = event(x, "Clashes");
        assertThat(clash.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(ids(clash.actors())).containsExactlyInAnyOrder("houthis", "YEM-MIL");
        assertThat(clash.actors()).noneMatch(m -> m.by().equals("implicit"));
        assertThat(find(x, "troops").by()).isEqualTo("agent+country");
    }

    // participle agent: "shells fired by X" are X's
    @Test
    void shellsFiredByLnaForcesAreTheLnas() {
        Extraction x = analyse("Shells fired by LNA forces hit Tripoli.", """
                1 Shells shell NOUN 6 nsubj
                2 fired fire VERB 1 acl
                3 by by ADP 5 case
                4 LNA LNA PROPN 5 compound ORGANIZATION
                5 forces force NOUN 2 obl:agent
                6 hit hit VERB 0 root
                7 Tripoli Tripoli PROPN 6 obj LOCATION
                8 . . PUNCT 6 punct
                """);
        Event shells = event(x, "Shells");
        assertThat(shells.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(ids(shells.actors())).containsExactly("lna");
        assertThat(shells.actors().get(0).by()).isEqualTo("agent+org");
    }

    // perception: the observer of an event noun ("UNSMIL observed 27 explosions") is not its agent
    @Test
    void explosionsObservedByUnsmilAreNotUnsmils() {
        Extraction x = analyse("UNSMIL observed 27 explosions near Sirte.", """
                1 UNSMIL UNSMIL PROPN 2 nsubj ORGANIZATION
                2 observed observe VERB 0 root
                3 27 27 NUM 4 nummod
                4 explosions explosion NOUN 2 obj
                5 near near ADP 6 case
                6 Sirte Sirte PROPN 4 nmod LOCATION
                7 . . PUNCT 2 punct
                """);
        assertThat(find(x, "UNSMIL").actor().id().value()).isEqualTo("unsmil");
        Event ex = event(x, "explosions");
        assertThat(ex.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(ids(ex.actors())).doesNotContain("unsmil");
        assertThat(ex.actors()).allSatisfy(m -> {
            assertThat(m.by()).isEqualTo("implicit");
            assertThat(m.actor().name()).isEqualTo("Unidentified Armed Group (Libya)");
        });
    }

    // implicit: a protest told with no agent is by protesters of its country; an arrest with no agent is by its police
    @Test
    void protestsAndArrestsWithNoAgentGetImplicitProtestersAndPolice() {
        Extraction x = analyse("Protests were held in Sirte.", """
                1 Protests protest NOUN 3 nsubj:pass
                2 were be AUX 3 aux:pass
                3 held hold VERB 0 root
                4 in in ADP 5 case
                5 Sirte Sirte PROPN 3 obl LOCATION
                6 . . PUNCT 3 punct
                """);
        Event protest = event(x, "Protests");
        assertThat(protest.type()).isEqualTo(PloverType.PROTEST);
        assertThat(protest.actors()).hasSize(1);
        ActorMention p = protest.actors().get(0);
        assertThat(p.by()).isEqualTo("implicit");
        assertThat(p.actor().name()).isEqualTo("Protesters (Libya)");
        assertThat(p.sector().orElseThrow().code()).isEqualTo("OPP");

        Extraction y = analyse("Two men were arrested in Sirte.", """
                1 Two two NUM 2 nummod
                2 men man NOUN 4 nsubj:pass
                3 were be AUX 4 aux:pass
                4 arrested arrest VERB 0 root
                5 in in ADP 6 case
                6 Sirte Sirte PROPN 4 obl LOCATION
                7 . . PUNCT 4 punct
                """);
        Event arrest = event(y, "arrested");
        assertThat(arrest.type()).isEqualTo(PloverType.COERCE);
        assertThat(arrest.actors()).hasSize(1);
        ActorMention c = arrest.actors().get(0);
        assertThat(c.actor().id().value()).isEqualTo("LBY-COP");
        assertThat(c.by()).isEqualTo("implicit");
        assertThat(c.sector().orElseThrow().code()).isEqualTo("COP");
    }

    // compound agent: an agent noun compounded with an event noun ("a police attack") is the event's source
    @Test
    void aPoliceAttackIsByThePolice() {
        Extraction x = analyse("A police attack killed two men in Sirte.", """
                1 A a DET 3 det
                2 police police NOUN 3 compound
                3 attack attack NOUN 4 nsubj
                4 killed kill VERB 0 root
                5 two two NUM 6 nummod
                6 men man NOUN 4 obj
                7 in in ADP 8 case
                8 Sirte Sirte PROPN 4 obl LOCATION
                9 . . PUNCT 4 punct
                """);
        Event attack = event(x, "attack");
        assertThat(attack.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(attack.actors()).hasSize(1);
        ActorMention p = attack.actors().get(0);
        assertThat(p.text()).isEqualTo("police");
        assertThat(p.actor().id().value()).isEqualTo("LBY-COP");
        assertThat(p.by()).isEqualTo("agent+place");
    }

    // title coreference (French): "le maréchal" named once with Haftar is Haftar later, standing for the LNA he commands in 2019
    @Test
    void leMarechalIsHaftarAndStandsForTheLnaIn2019() {
        String conll = """
                1 Le le DET 2 det
                2 maréchal maréchal NOUN 6 nsubj
                3 Khalifa khalifa PROPN 2 appos I-PER
                4 Haftar haftar PROPN 3 flat:name I-PER
                5 a a AUX 6 aux
                6 lancé lancer VERB 0 root
                7 une une DET 8 det
                8 offensive offensive NOUN 6 obj
                9 sur sur ADP 10 case
                10 Tripoli tripoli PROPN 8 nmod:sur I-LOC
                11 . . PUNCT 6 punct

                1 Le le DET 2 det
                2 maréchal maréchal NOUN 4 nsubj
                3 a a AUX 4 aux
                4 ordonné ordonner VERB 0 root
                5 à à ADP 7 case
                6 ses ses DET 7 det
                7 troupes troupe NOUN 4 obl:à
                8 d' d ADP 9 mark
                9 avancer avancer VERB 4 xcomp
                10 vers vers ADP 12 case
                11 la la DET 12 det
                12 capitale capitale NOUN 9 obl:vers
                13 . . PUNCT 4 punct
                """;
        String text = "Le maréchal Khalifa Haftar a lancé une offensive sur Tripoli. Le maréchal a ordonné à ses troupes d'avancer vers la capitale.";
        Extraction x = WORLD.pipeline.analyse(Parses.parse("a", "2019-04-10", Lang.FR, text, conll));
        ActorMention later = x.actors().mentions().stream().filter(m -> m.sentence() == 1 && m.text().equals("maréchal")).findFirst().orElseThrow();
        assertThat(later.by()).isEqualTo("coreference");
        assertThat(later.actor().id().value()).isEqualTo("haftar");
        assertThat(later.collective().id().value()).isEqualTo("lna");
        ActorMention troops = x.actors().mentions().stream().filter(m -> m.text().equals("ses troupes")).findFirst().orElseThrow();
        assertThat(troops.actor().id().value()).as("his troops are the LNA").isEqualTo("lna");
        assertThat(troops.by()).isEqualTo("possessive");

        Extraction in2012 = WORLD.pipeline.analyse(Parses.parse("b", "2012-04-10", Lang.FR, text, conll));
        ActorMention then = in2012.actors().mentions().stream().filter(m -> m.sentence() == 1 && m.text().equals("maréchal")).findFirst().orElseThrow();
        assertThat(then.actor().id().value()).isEqualTo("haftar");
        assertThat(then.organisation()).as("in 2012 he commanded no LNA").isEmpty();
    }

    // title coreference (English), and a title never named stays unresolved
    @Test
    void theGeneralIsTheGeneralNamedBeforeAndAnUnnamedTitleIsNobody() {
        Extraction x = analyse("General Omar Jalloud visited Sirte. The general met envoys. The marshal left.", """
                1 General general PROPN 3 compound
                2 Omar Omar PROPN 3 compound PERSON
                3 Jalloud Jalloud PROPN 4 nsubj PERSON
                4 visited visit VERB 0 root
                5 Sirte Sirte PROPN 4 obj LOCATION
                6 . . PUNCT 4 punct

                1 The the DET 2 det
                2 general general NOUN 3 nsubj
                3 met meet VERB 0 root
                4 envoys envoy NOUN 3 obj
                5 . . PUNCT 3 punct

                1 The the DET 2 det
                2 marshal marshal NOUN 3 nsubj
                3 left leave VERB 0 root
                4 . . PUNCT 3 punct
                """);
        ActorMention g = x.actors().mentions().stream().filter(m -> m.sentence() == 1 && m.text().equals("general")).findFirst().orElseThrow();
        assertThat(g.by()).isEqualTo("coreference");
        assertThat(g.actor().name()).isEqualTo("Omar Jalloud");
        assertThat(x.actors().mentions()).noneMatch(m -> m.sentence() == 2);
    }
}
