package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.CountryCode;
import org.herodotus.model.PartialDate;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = new TestWorld().kb;

    @Test
    void anlLnaAndLibyanNationalArmyAreOneActor() {
        for (String n : new String[] {"anl", "lna", "libyan national army", "armee nationale libyenne"})
            assertThat(KB.byName(n)).as(n).singleElement().satisfies(a -> assertThat(a.id().value()).isEqualTo("lna"));
        assertThat(KB.byName("الجيش الوطني الليبي")).singleElement().satisfies(a -> assertThat(a.id().value()).isEqualTo("lna"));
    }

    private static PartialDate on(String d) { return PartialDate.parse(d).orElseThrow(); }

    @Test
    void haftarCommandsTheLnaIn2019AndSarrajHeadsTheGnaOnlyFrom2016() {
        assertThat(KB.ledBy(new ActorId("haftar"), on("2019-04"))).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("lna"));
        assertThat(KB.ledBy(new ActorId("sarraj"), on("2019"))).as("chairing the Presidential Council does not compete")
                .hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("gna"));
        assertThat(KB.affiliation(new ActorId("sarraj"), on("2012-05"))).isEmpty();
    }

    @Test
    void oneNameLeadsDifferentBodiesAtDifferentDatesAndTwoAtOnceIsAmbiguous() {
        assertThat(KB.ledBy(new ActorId("jolani"), on("2020-06"))).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("hts"));
        assertThat(KB.ledBy(new ActorId("jolani"), on("2015-06"))).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("nusra"));
        assertThat(KB.ledBy(new ActorId("jolani"), on("2025-01-29"))).as("leads HTS and the government that day: not guessed").isEmpty();
        assertThat(KB.ledBy(new ActorId("jolani"), on("2025-06"))).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("SYR-GOV"));
    }

    @Test
    void aMissionWorksInTheCountryItsNameSaysAndItsParentBodyInNone() {
        // (the test world's states are few: Libya is one of them, Ukraine is not)
        assertThat(KB.host(KB.actor(new ActorId("unsmil")).orElseThrow())).contains(org.herodotus.model.CountryCode.of("LBY"));
        assertThat(KB.host(KB.actor(new ActorId("osce")).orElseThrow())).as("co-operation in Europe: no state").isEmpty();
        assertThat(KB.host(KB.actor(new ActorId("lna")).orElseThrow())).as("not an IGO").isEmpty();
    }

    @Test
    void aDeputyBelongsToTheGovernmentWithoutStandingForItUntilHeHeadsIt() {
        assertThat(KB.ledBy(new ActorId("ruto"), on("2019"))).isEmpty();
        assertThat(KB.affiliation(new ActorId("ruto"), on("2019"))).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("KEN-GOV"));
        assertThat(KB.ledBy(new ActorId("ruto"), on("2023"))).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Government of Kenya"));
    }

    @Test
    void everyStateHasGeneratedInstitutions() {
        assertThat(KB.actor(new ActorId("KEN-COP"))).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Police Forces of Kenya");
            assertThat(a.sector()).contains(org.herodotus.model.Sector.of("COP"));
        });
        assertThat(KB.actor(new ActorId("LBY-MIL"))).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Military Forces of Libya"));
    }

    @Test
    void everyCountryIsAStateActorAndDemonymsNameTheirCountry() {
        assertThat(KB.actor(new ActorId("LBY"))).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(ActorKind.STATE);
            assertThat(a.country()).contains(CountryCode.of("LBY"));
        });
        assertThat(KB.demonym("libyennes")).contains(CountryCode.of("LBY"));
        assertThat(KB.demonym("Yemeni")).contains(CountryCode.of("YEM"));
        assertThat(KB.demonym("ليبية")).contains(CountryCode.of("LBY"));
    }

    @Test
    void everyNamedActorHasACountryAndASector() {
        for (Actor a : KB.actors()) {
            assertThat(a.country()).as(a.id().value()).isPresent();
            assertThat(a.sector()).as(a.id().value()).isPresent();
        }
    }

    @Test
    void agentNounsCarryPloverSectors() {
        assertThat(KB.agent("fr", "troupe").orElseThrow().sector().code()).isEqualTo("MIL");
        assertThat(KB.agent("fr", "manifestant").orElseThrow().sector().code()).isEqualTo("OPP");
        assertThat(KB.agent("en", "police").orElseThrow().sector().code()).isEqualTo("COP");
        assertThat(KB.agent("fr", "groupe armé").orElseThrow().sector().code()).isEqualTo("REB");
    }
}
