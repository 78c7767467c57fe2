package org.herodotus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealisWindowTest {
    @ParameterizedTest(name = "{0} told on {1}: historical={2}")
    @CsvSource({"2011,2019-04,true", "2019,2019-04,false", "2018-12,2019-05-14,true", "2019-04-04,2019-04-20,false",
            "2019-03-01,2019-04-20,true", "2019-04,2019-04,false", "2018-12-31,2019-01-03,false"})
    void onlyWhatEndedBeforeTheReportingWindowIsHistorical(String event, String article, boolean historical) {
        assertThat(RealisClassifier.historical(PartialDate.parse(event).orElseThrow(), PartialDate.parse(article).orElseThrow())).isEqualTo(historical);
    }
}
