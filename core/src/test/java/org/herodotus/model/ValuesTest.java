package org.herodotus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void partialDatesPrintOnlyWhatIsKnown() {
        assertThat(PartialDate.parse("2019-04").orElseThrow().toString()).isEqualTo("2019-04");
        assertThat(PartialDate.parse("2019").orElseThrow().precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("2019-02-30")).isEmpty();
        assertThat(PartialDate.parse("April 2019")).isEmpty();
        assertThat(PartialDate.parse("2019-04-05").orElseThrow().truncate(Precision.MONTH).toString()).isEqualTo("2019-04");
        assertThat(PartialDate.parse("2019-04").orElseThrow().lastDay().toString()).isEqualTo("2019-04-30");
    }

    @Test
    void valuesRefuseNonsenseWhereTheyAreMade() {
        assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("5..2");
        assertThatThrownBy(() -> CountryCode.of("ly")).hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> Sector.of("XYZ")).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> new ArticleId(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oldPloverNamesMapToTheCurrentOnes() {
        assertThat(PloverType.parse("FIGHT")).contains(PloverType.ASSAULT);
        assertThat(PloverType.parse("DEMAND")).contains(PloverType.REQUEST);
        assertThat(PloverType.parse("disapprove")).contains(PloverType.ACCUSE);
        assertThat(PloverType.parse("DOCUMENT")).isEmpty();
        assertThat(PloverType.ASSAULT.quadCode()).isEqualTo(4);
    }
}
