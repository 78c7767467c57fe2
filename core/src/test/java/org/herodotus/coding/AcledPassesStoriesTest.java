package org.herodotus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Lang;
import org.herodotus.model.PloverType;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/**
 * Story tests of the ACLED typing rules ({@link AcledTyping}), the casualty counts ({@link Casualties}) and the
 * protest passes ({@link ProtestPasses}), on hand-built parses.
 */
class AcledPassesStoriesTest {
    private static final TestWorld WORLD = new TestWorld();

    private static List<Event> code(String date, Lang lang, String text, String conll) {
        return WORLD.pipeline.analyse(Parses.parse("t", date, lang, text, conll)).events();
    }

    private static List<Event> of(List<Event> events, PloverType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anAttackOnACheckpointThatKillsIsOneArmedClashWithItsDead() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Gunmen attacked a checkpoint, killing three soldiers.", """
                1 Gunmen gunman NOUN 2 nsubj
                2 attacked attack VERB 0 root
                3 a a DET 4 det
                4 checkpoint checkpoint NOUN 2 obj
                5 , , PUNCT 6 punct
                6 killing kill VERB 2 advcl
                7 three three NUM 8 nummod
                8 soldiers soldier NOUN 6 obj
                9 . . PUNCT 2 punct
                """);
        List<Event> assaults = of(ev, PloverType.ASSAULT);
        assertThat(assaults).as("the killing is the attack's outcome, not a second event").hasSize(1);
        Event e = assaults.get(0);
        assertThat(e.evidence().triggerText()).isEqualTo("attacked");
        assertThat(e.acled()).hasValueSatisfying(a -> {
            assertThat(a.subEventType()).isEqualTo("Armed clash");
            assertThat(a.by()).isEqualTo("armed-victims");
        });
        assertThat(e.count(Count.Kind.FATALITIES)).contains(3);
        assertThat(e.size()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("three soldiers"));
    }

    @Test
    void theSameAttackOnAVillageKillingFarmersIsViolenceAgainstCivilians() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Gunmen attacked a village, killing three farmers.", """
                1 Gunmen gunman NOUN 2 nsubj
                2 attacked attack VERB 0 root
                3 a a DET 4 det
                4 village village NOUN 2 obj
                5 , , PUNCT 6 punct
                6 killing kill VERB 2 advcl
                7 three three NUM 8 nummod
                8 farmers farmer NOUN 6 obj
                9 . . PUNCT 2 punct
                """);
        Event e = of(ev, PloverType.ASSAULT).get(0);
        assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Attack"));
        assertThat(e.count(Count.Kind.FATALITIES)).contains(3);
    }

    @Test
    void anAttackRepelledInTheNextSentenceIsAnArmedClash() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Militants attacked a village. They were repelled.", """
                1 Militants militant NOUN 2 nsubj
                2 attacked attack VERB 0 root
                3 a a DET 4 det
                4 village village NOUN 2 obj
                5 . . PUNCT 2 punct

                1 They they PRON 3 nsubj:pass
                2 were be AUX 3 aux:pass
                3 repelled repel VERB 0 root
                4 . . PUNCT 3 punct
                """);
        assertThat(of(ev, PloverType.ASSAULT)).anySatisfy(e -> assertThat(e.acled().orElseThrow().by()).isEqualTo("resisted"));
    }

    @Test
    void villagersBeatingAThiefIsMobViolence() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Villagers beat a suspected thief.", """
                1 Villagers villager NOUN 2 nsubj
                2 beat beat VERB 0 root
                3 a a DET 5 det
                4 suspected suspected ADJ 5 amod
                5 thief thief NOUN 2 obj
                6 . . PUNCT 2 punct
                """);
        Event e = of(ev, PloverType.ASSAULT).get(0);
        assertThat(e.acled()).contains(new Event.Acled("Riots", "Mob violence", "crowd-violence"));
        assertThat(e.count(Count.Kind.FATALITIES)).isEmpty();
    }

    @Test
    void whatProtestersDemandRanksBelowTheirProtest() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Workers protested demanding their wages.", """
                1 Workers worker NOUN 2 nsubj
                2 protested protest VERB 0 root
                3 demanding demand VERB 2 advcl
                4 their their PRON 5 nmod:poss
                5 wages wage NOUN 3 obj
                6 . . PUNCT 2 punct
                """);
        Event protest = of(ev, PloverType.PROTEST).get(0), demand = of(ev, PloverType.REQUEST).get(0);
        assertThat(protest.confidence()).isGreaterThan(demand.confidence());
        assertThat(protest.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Peaceful protest"));
    }

    @Test
    void policeArrestingMarchersMakesAProtestWithInterventionAndCountsTheArrested() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Students marched. Police arrested ten students.", """
                1 Students student NOUN 2 nsubj
                2 marched march VERB 0 root
                3 . . PUNCT 2 punct

                1 Police police NOUN 2 nsubj
                2 arrested arrest VERB 0 root
                3 ten ten NUM 4 nummod
                4 students student NOUN 2 obj
                5 . . PUNCT 2 punct
                """);
        Event march = of(ev, PloverType.PROTEST).get(0), arrest = of(ev, PloverType.COERCE).get(0);
        assertThat(march.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Protest with intervention"));
        assertThat(arrest.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Protest with intervention"));
        assertThat(arrest.count(Count.Kind.ARRESTED)).contains(10);
    }

    @Test
    void aProtestAgainstAnArrestIsNoIntervention() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Journalists protested against the arrest of an editor.", """
                1 Journalists journalist NOUN 2 nsubj
                2 protested protest VERB 0 root
                3 against against ADP 5 case
                4 the the DET 5 det
                5 arrest arrest NOUN 2 obl
                6 of of ADP 8 case
                7 an a DET 8 det
                8 editor editor NOUN 5 nmod
                9 . . PUNCT 2 punct
                """);
        assertThat(of(ev, PloverType.PROTEST).get(0).acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Peaceful protest"));
    }

    @Test
    void burningTyresAnywhereInTheReportMakeTheProtestAViolentDemonstration() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Residents protested. They burned tyres.", """
                1 Residents resident NOUN 2 nsubj
                2 protested protest VERB 0 root
                3 . . PUNCT 2 punct

                1 They they PRON 2 nsubj
                2 burned burn VERB 0 root
                3 tyres tyre NOUN 2 obj
                4 . . PUNCT 2 punct
                """);
        Event protest = of(ev, PloverType.PROTEST).get(0);
        assertThat(protest.acled()).contains(new Event.Acled("Riots", "Violent demonstration", "riotous"));
        assertThat(protest.mode()).contains("riot");
    }

    @Test
    void frenchCasualtiesAreCountedFromTheParticipleObject() {
        List<Event> ev = code("2020-05-02", Lang.FR, "Des hommes armés ont attaqué un poste, tuant trois policiers.", """
                1 Des un DET 2 det
                2 hommes homme NOUN 5 nsubj
                3 armés armé ADJ 2 amod
                4 ont avoir AUX 5 aux
                5 attaqué attaquer VERB 0 root
                6 un un DET 7 det
                7 poste poste NOUN 5 obj
                8 , , PUNCT 9 punct
                9 tuant tuer VERB 5 advcl
                10 trois trois NUM 11 nummod
                11 policiers policier NOUN 9 obj
                12 . . PUNCT 5 punct
                """);
        List<Event> assaults = of(ev, PloverType.ASSAULT);
        assertThat(assaults).hasSize(1);
        assertThat(assaults.get(0).count(Count.Kind.FATALITIES)).contains(3);
        assertThat(assaults.get(0).acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Armed clash"));
    }

    @Test
    void aDateInsideAPlaceNameDatesNothing() {
        List<Event> ev = code("2020-04", Lang.EN, "On 28 April 2020, forces shelled the July 7 neighbourhood.", """
                1 On on ADP 2 case
                2 28 28 NUM 3 nummod
                3 April April PROPN 7 obl
                4 2020 2020 NUM 3 nummod
                5 , , PUNCT 7 punct
                6 forces force NOUN 7 nsubj
                7 shelled shell VERB 0 root
                8 the the DET 11 det
                9 July July PROPN 11 compound
                10 7 7 NUM 9 nummod
                11 neighbourhood neighbourhood NOUN 7 obj
                12 . . PUNCT 7 punct
                """);
        assertThat(of(ev, PloverType.ASSAULT).get(0).date().toString()).isEqualTo("2020-04-28");
    }

    @Test
    void suicideBombersNamedInTheParagraphMakeItsAttackASuicideBombing() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Two suicide bombers attacked a market. The attack killed nine people.", """
                1 Two two NUM 3 nummod
                2 suicide suicide NOUN 3 compound
                3 bombers bomber NOUN 4 nsubj
                4 attacked attack VERB 0 root
                5 a a DET 6 det
                6 market market NOUN 4 obj
                7 . . PUNCT 4 punct

                1 The the DET 2 det
                2 attack attack NOUN 3 nsubj
                3 killed kill VERB 0 root
                4 nine nine NUM 5 nummod
                5 people person NOUN 3 obj
                6 . . PUNCT 3 punct
                """);
        assertThat(of(ev, PloverType.ASSAULT)).isNotEmpty().allSatisfy(e -> assertThat(e.acled()).hasValueSatisfying(a -> {
            assertThat(a.subEventType()).isEqualTo("Suicide bomb");
            assertThat(a.by()).isEqualTo("means:suicide");
        }));
    }

    @Test
    void policeShootingProtestersIsExcessiveForce() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Police shot seven protesters.", """
                1 Police police NOUN 2 nsubj
                2 shot shoot VERB 0 root
                3 seven seven NUM 4 nummod
                4 protesters protester NOUN 2 obj
                5 . . PUNCT 2 punct
                """);
        assertThat(of(ev, PloverType.ASSAULT).get(0).acled()).contains(new Event.Acled("Protests", "Excessive force against protesters", "on-protesters"));
    }

    @Test
    void theArmyRetakingATownRegainsTerritoryAndRebelsTakingItOvertakeIt() {
        String conll = """
                1 WHO _ NOUN 2 nsubj
                2 recaptured recapture VERB 0 root
                3 Kelmar Kelmar PROPN 2 obj LOCATION
                4 . . PUNCT 2 punct
                """;
        Event army = of(code("2020-05-02", Lang.EN, "Soldiers recaptured Kelmar.", conll.replace("WHO _", "Soldiers soldier")), PloverType.COERCE).get(0);
        Event rebels = of(code("2020-05-02", Lang.EN, "Rebels recaptured Kelmar.", conll.replace("WHO _", "Rebels rebel")), PloverType.COERCE).get(0);
        assertThat(army.acled().orElseThrow().subEventType()).isEqualTo("Government regains territory");
        assertThat(rebels.acled().orElseThrow().subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(army.confidence()).as("territory decisions are capped").isLessThanOrEqualTo(Certainty.SECONDARY_CAP);
    }

    @Test
    void arrestsAfterAClashRankBelowTheClash() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Soldiers clashed with rebels. Police arrested two men.", """
                1 Soldiers soldier NOUN 2 nsubj
                2 clashed clash VERB 0 root
                3 with with ADP 4 case
                4 rebels rebel NOUN 2 obl
                5 . . PUNCT 2 punct

                1 Police police NOUN 2 nsubj
                2 arrested arrest VERB 0 root
                3 two two NUM 4 nummod
                4 men man NOUN 2 obj
                5 . . PUNCT 2 punct
                """);
        Event clash = of(ev, PloverType.ASSAULT).get(0), arrest = of(ev, PloverType.COERCE).get(0);
        assertThat(clash.acled().orElseThrow().subEventType()).isEqualTo("Armed clash");
        assertThat(arrest.confidence()).isLessThan(clash.confidence());
        assertThat(arrest.count(Count.Kind.ARRESTED)).contains(2);
    }

    @Test
    void weaponsDefusedWereNotUsed() {
        List<Event> ev = code("2020-05-02", Lang.EN, "Soldiers defused explosives planted by militants.", """
                1 Soldiers soldier NOUN 2 nsubj
                2 defused defuse VERB 0 root
                3 explosives explosive NOUN 2 obj
                4 planted plant VERB 3 acl
                5 by by ADP 6 case
                6 militants militant NOUN 4 obl:agent
                7 . . PUNCT 2 punct
                """);
        assertThat(of(ev, PloverType.ASSAULT)).as("the planting is part of the disrupted weapons use").isEmpty();
        assertThat(of(ev, PloverType.COERCE)).singleElement().satisfies(e -> assertThat(e.acled().orElseThrow().subEventType()).isEqualTo("Disrupted weapons use"));
    }

    @Test
    void whatIsDemandedHasNotHappenedAndWhatIsRefusedIsNegated() {
        List<Event> demanded = code("2020-05-02", Lang.EN, "The union demanded that the army withdraw.", """
                1 The the DET 2 det
                2 union union NOUN 3 nsubj
                3 demanded demand VERB 0 root
                4 that that SCONJ 7 mark
                5 the the DET 6 det
                6 army army NOUN 7 nsubj
                7 withdraw withdraw VERB 3 ccomp
                8 . . PUNCT 3 punct
                """);
        assertThat(of(demanded, PloverType.RETREAT)).singleElement().satisfies(e -> {
            assertThat(e.realis()).isEqualTo(org.herodotus.model.Realis.FUTURE);
            assertThat(e.realisBy()).isEqualTo("requested");
        });
        assertThat(demanded).noneMatch(e -> e.type() == PloverType.AGREE);
        List<Event> refused = code("2020-05-02", Lang.EN, "The army refused to withdraw.", """
                1 The the DET 2 det
                2 army army NOUN 3 nsubj
                3 refused refuse VERB 0 root
                4 to to PART 5 mark
                5 withdraw withdraw VERB 3 xcomp
                6 . . PUNCT 3 punct
                """);
        assertThat(of(refused, PloverType.RETREAT)).singleElement().satisfies(e -> assertThat(e.realisBy()).isEqualTo("refused"));
    }

    @Test
    void aKillingToldBesideDestroyedPropertyIsTheViolenceAndTheDestructionItsConsequence() {
        List<Event> ev = code("2012-08-20", Lang.EN, "Two people were killed and houses destroyed in Siaya.", """
                1 Two two NUM 2 nummod
                2 people person NOUN 4 nsubj:pass
                3 were be AUX 4 aux:pass
                4 killed kill VERB 0 root
                5 and and CCONJ 7 cc
                6 houses house NOUN 7 nsubj:pass
                7 destroyed destroy VERB 4 conj
                8 in in ADP 9 case
                9 Siaya Siaya PROPN 4 obl LOCATION
                10 . . PUNCT 4 punct
                """);
        Event top = ev.stream().filter(e -> e.acled().isPresent()).max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
        assertThat(top.evidence().triggerText()).isEqualTo("killed");
        assertThat(top.acled()).hasValueSatisfying(a -> assertThat(a.eventType()).isEqualTo("Violence against civilians"));
        assertThat(ev).anySatisfy(e -> assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Looting/property destruction")));
    }

    @Test
    void aCrowdThatBurnsAHouseRiots() {
        List<Event> ev = code("2012-03-20", Lang.EN, "Angry residents burned the house of a suspect.", """
                1 Angry angry ADJ 2 amod
                2 residents resident NOUN 3 nsubj
                3 burned burn VERB 0 root
                4 the the DET 5 det
                5 house house NOUN 3 obj
                6 of of ADP 8 case
                7 a a DET 8 det
                8 suspect suspect NOUN 5 nmod
                9 . . PUNCT 3 punct
                """);
        assertThat(ev).anySatisfy(e -> assertThat(e.acled()).hasValueSatisfying(a -> {
            assertThat(a.subEventType()).isEqualTo("Mob violence");
            assertThat(a.by()).isEqualTo("crowd-violence");
        }));
    }

    @Test
    void clashesInATimeAdjunctAreAnEventOfTheirOwn() {
        List<Event> ev = code("2012-08-20", Lang.EN, "Houses were torched after clashes between two communities.", """
                1 Houses house NOUN 3 nsubj:pass
                2 were be AUX 3 aux:pass
                3 torched torch VERB 0 root
                4 after after ADP 5 case
                5 clashes clash NOUN 3 obl
                6 between between ADP 8 case
                7 two two NUM 8 nummod
                8 communities community NOUN 5 nmod
                9 . . PUNCT 3 punct
                """);
        assertThat(ev).anySatisfy(e -> {
            assertThat(e.evidence().triggerText()).isEqualTo("clashes");
            assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Armed clash"));
        });
    }

    @Test
    void theOffenceGivenAsAReasonIsNoEventOfTheReport() {
        List<Event> ev = code("2015-03-20", Lang.EN, "A man was lynched by residents for allegedly shooting a youth.", """
                1 A a DET 2 det
                2 man man NOUN 4 nsubj:pass
                3 was be AUX 4 aux:pass
                4 lynched lynch VERB 0 root
                5 by by ADP 6 case
                6 residents resident NOUN 4 obl:agent
                7 for for ADP 9 mark
                8 allegedly allegedly ADV 9 advmod
                9 shooting shoot VERB 4 advcl:for
                10 a a DET 11 det
                11 youth youth NOUN 9 obj
                12 . . PUNCT 4 punct
                """);
        assertThat(ev).noneSatisfy(e -> assertThat(e.evidence().triggerText()).isEqualTo("shooting"));
        assertThat(ev).anySatisfy(e -> {
            assertThat(e.evidence().triggerText()).isEqualTo("lynched");
            assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Mob violence"));
        });
    }

    @Test
    void anUnknownGroupIsNoCrowdButAnUnidentifiedArmedGroup() {
        List<Event> ev = code("2017-08-20", Lang.EN, "An unknown group attacked a village.", """
                1 An a DET 3 det
                2 unknown unknown ADJ 3 amod
                3 group group NOUN 4 nsubj
                4 attacked attack VERB 0 root
                5 a a DET 6 det
                6 village village NOUN 4 obj
                7 . . PUNCT 4 punct
                """);
        Event e = of(ev, PloverType.ASSAULT).get(0);
        assertThat(e.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Attack"));
        List<Event> crowd = code("2017-08-20", Lang.EN, "A group attacked a village.", """
                1 A a DET 2 det
                2 group group NOUN 3 nsubj
                3 attacked attack VERB 0 root
                4 a a DET 5 det
                5 village village NOUN 3 obj
                6 . . PUNCT 3 punct
                """);
        assertThat(crowd).anySatisfy(x -> assertThat(x.acled()).hasValueSatisfying(a -> assertThat(a.subEventType()).isEqualTo("Mob violence")));
    }
}
