package org.herodotus.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Span;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTaggerTest {
    private static List<TimeExpression> tag(String text, String anchor, Lang lang) {
        Sentence s = new Sentence(0, new Span(0, text.length()), List.of(new Token(0, text, new Span(0, text.length()), "X", null, "O", -1, "root")));
        return new DateTagger().tag(text, s, PartialDate.parse(anchor).orElseThrow(), lang);
    }

    @ParameterizedTest(name = "{0} in an article of {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "Les combats ont repris le 4 avril 2019.|2019-06-01|fr|2019-04-04",
            "Les combats ont repris le 7 avril.|2019-06-01|fr|2019-04-07",
            "Le 28 décembre, un accord a été signé.|2019-01-03|fr|2018-12-28",
            "On 9 May 2020 gunmen attacked a bus.|2020-05-12|en|2020-05-09",
            "Fighting resumed on April 4.|2019-04-10|en|2019-04-04",
            "Il a été tué en 2011.|2019-04|fr|2011",
            "vendredi, une source a annoncé|2019-04|fr|2019-04",
            "vendredi, une source a annoncé|2019-04-07|fr|2019-04-05",
            "Clashes erupted yesterday.|2019-04-07|en|2019-04-06",
            "in March 2015 the coalition intervened|2019-04-07|en|2015-03",
            "le 12/04/2019 à l'aube|2019-04-20|fr|2019-04-12",
            "On Oct 7th 2019, a priest was kidnapped.|2019-10|en|2019-10-07",
            "25 Sep. Drivers held a demonstration.|2019-09|en|2019-09-25",
            "Around Sept 21st 2019, villagers were attacked.|2019-09|en|2019-09-21",
            "le 3 déc. 2019, des tirs ont éclaté|2019-12-10|fr|2019-12-03",
            "Il avait été arrêté il y a deux ans.|2019-04-07|fr|2017",
            "Clashes broke out two days ago.|2019-04-07|en|2019-04-05",
            "Clashes broke out two days ago.|2019-04|en|2019-04",
            "La semaine dernière, des manifestants ont bloqué la route.|2019-04-03|fr|2019-03",
            "Earlier this month, gunmen attacked a convoy.|2019-04-20|en|2019-04",
            "The town was retaken last year.|2019-04|en|2018",
            "La ville a été reprise l'an dernier.|2019-04-07|fr|2018",
            "The massacre took place a decade ago.|2019-04-07|en|2009",
            "Les pourparlers reprendront vendredi prochain.|2019-04-03|fr|2019-04-05",
            "Talks resume next Friday.|2019-04-05|en|2019-04-12",
            "Les syndicats manifesteront demain.|2019-04-03|fr|2019-04-04",
            "Le camp a été attaqué il y a trois mois.|2019-04-07|fr|2019-01",
            "Le camp a été attaqué il y a trois mois.|2019|fr|2019",
            "Protests are planned for next week.|2019-04-29|en|2019-05",
            "Three years after the Taliban captured Kabul, schools remain closed.|2024-08-15|en|2021",
            "Dix ans après la chute de Kadhafi, la Libye reste divisée.|2021-10-20|fr|2011",
            "Twenty years ago today, the bombing began.|2021-10-07|en|2001",
            "On 16th July, an IED exploded near Tarbaj.|2018-07|en|2018-07-16",
            "Two suspected thieves were lynched in Nyeri on 28/02.|2018-02|en|2018-02-28",
            "Students protest exam fees on 12/04.|2016-04|en|2016-04-12",
            "Gunmen attacked a bus on 4/12.|2016-04-20|en|2016-04-12"})
    void anchorsOnTheArticleDateWithNoMorePrecisionThanGiven(String text, String anchor, String lang, String expected) {
        List<TimeExpression> t = tag(text, anchor, Lang.parse(lang).orElseThrow());
        assertThat(t).as("expressions in '%s'", text).isNotEmpty();
        assertThat(t.get(0).date().toString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theSecondDateOfARangeEndsItAndTwoCoordinatedDatesAreNoRange() {
        assertThat(tag("Between 23 Aug and 6 Sept 2018, a suspect was held.", "2018-09-10", Lang.EN)).extracting(TimeExpression::kind)
                .containsExactly("day-month", DateTagger.RANGE_END);
        assertThat(tag("Des combats du 30 avril au 5 mai ont fait dix morts.", "2019-05-10", Lang.FR)).extracting(TimeExpression::kind)
                .containsExactly("day-month", DateTagger.RANGE_END);
        assertThat(tag("Villages burned in August and September 2017.", "2023-08-25", Lang.EN)).extracting(TimeExpression::kind)
                .doesNotContain(DateTagger.RANGE_END);
    }

    @org.junit.jupiter.api.Test
    void aDelayBetweenTwoToldEventsIsNoDateOfTheArticle() {
        assertThat(tag("Two days after the attack, police arrested three men.", "2019-04-07", Lang.EN)).isEmpty();
        assertThat(tag("The army arrived three years after the rebels took the town.", "2019-04-07", Lang.EN)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: a period still going on")
    @CsvSource(delimiter = '|', value = {"Les combats durent depuis dimanche.|dimanche", "The group has fought the army since 2014.|2014",
            "Depuis le 4 avril, l'ANL avance vers Tripoli.|4 avril"})
    void aDateAfterSinceOpensAPeriod(String text, String expression) {
        List<TimeExpression> t = tag(text, "2019-04-20", Lang.FR);
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo(expression);
            assertThat(x.kind()).isEqualTo("since");
        });
    }

    @ParameterizedTest
    @CsvSource({"2019-04-05,FRIDAY,2019-04-05", "2019-04-05,THURSDAY,2019-04-04", "2019-04-05,SATURDAY,2019-03-30"})
    void aWeekdayIsTheMostRecentOneOnOrBeforeTheArticle(String anchor, DayOfWeek d, String expected) {
        assertThat(DateTagger.weekday(PartialDate.parse(anchor).orElseThrow(), d).toString()).isEqualTo(expected);
    }
}
