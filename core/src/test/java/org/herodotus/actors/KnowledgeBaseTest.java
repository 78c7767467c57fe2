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

    @Test
    void haftarCommandsTheLnaIn2019ButSarrajHeadsTheGnaOnlyFrom2016() {
        assertThat(KB.ledBy(new ActorId("haftar"), PartialDate.parse("2019-04").orElseThrow())).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("lna"));
        assertThat(KB.ledBy(new ActorId("sarraj"), PartialDate.parse("2019").orElseThrow())).as("heads two bodies: ambiguous, not guessed").isEmpty();
        assertThat(KB.affiliation(new ActorId("sarraj"), PartialDate.parse("2019").orElseThrow())).hasValueSatisfying(a -> assertThat(a.id().value()).isEqualTo("gna"));
        assertThat(KB.affiliation(new ActorId("sarraj"), PartialDate.parse("2012-05").orElseThrow())).isEmpty();
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
