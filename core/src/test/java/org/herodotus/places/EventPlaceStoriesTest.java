package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/**
 * Story tests of where an event happened among the places its sentence and article name (issue 6): a holder is not
 * the event's place, a sentence without a place takes its predecessor's, a neighbourhood's name is no town.
 */
class EventPlaceStoriesTest {
    // CoreNLP may hang "In Gharyan, Libya, fighters shelled..." on the country: the town it qualifies is the place
    @Test
    void thePlaceAHolderQualifiesIsTheEventsNotTheHolder() {
        Extraction x = new TestWorld().pipeline.analyse(Parses.parse("q", "2019-04", Lang.EN, "In Gharyan, Libya, fighters shelled a checkpoint.", """
                1 In in ADP 2 case
                2 Gharyan Gharyan PROPN 4 nmod LOCATION
                3 , , PUNCT 4 punct
                4 Libya Libya PROPN 7 obl LOCATION
                5 , , PUNCT 4 punct
                6 fighters fighter NOUN 7 nsubj
                7 shelled shell VERB 0 root
                8 a a DET 9 det
                9 checkpoint checkpoint NOUN 7 obj
                10 . . PUNCT 7 punct
                """));
        assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.location().orElseThrow().mention().place()).isEqualTo(TestWorld.GHARYAN));
    }

    // the second sentence names no place: its attack happened where the first sentence's shelling did (precision 2)
    @Test
    void aSentenceWithoutAPlaceTakesThePlaceOfTheSentenceBefore() {
        Extraction x = new TestWorld().pipeline.analyse(Parses.parse("p", "2019-04", Lang.EN,
                "Fighters shelled Gharyan. Gunmen then attacked a checkpoint.", """
                1 Fighters fighter NOUN 2 nsubj
                2 shelled shell VERB 0 root
                3 Gharyan Gharyan PROPN 2 obj LOCATION
                4 . . PUNCT 2 punct

                1 Gunmen gunman NOUN 3 nsubj
                2 then then ADV 3 advmod
                3 attacked attack VERB 0 root
                4 a a DET 5 det
                5 checkpoint checkpoint NOUN 3 obj
                6 . . PUNCT 3 punct
                """));
        var attack = x.events().stream().filter(e -> e.evidence().sentence() == 1).findFirst().orElseThrow();
        assertThat(attack.location().orElseThrow().mention().place()).isEqualTo(TestWorld.GHARYAN);
        assertThat(attack.location().orElseThrow().precision()).isEqualTo(2);
        assertThat(attack.location().orElseThrow().by()).isEqualTo("previous-sentence");
    }

    // "in Vila Mariana neighborhood" names a neighbourhood of Sirte, not a town called Mariana elsewhere
    @Test
    void aNeighbourhoodsNameIsNoTown() {
        TestWorld w = new TestWorld();
        Place mariana = new Place(Optional.of(new GeoNameId(3457671)), "Mariana", CountryCode.of("LBY"), "", "P", "PPL", 30.0, 20.0, 54_000);
        w.gazetteer.add(mariana, List.of("Mariana", "Vila Mariana"));
        Extraction x = w.pipeline.analyse(Parses.parse("n", "2019-04", Lang.EN, "In Sirte, gunmen killed a man in Vila Mariana neighborhood.", """
                1 In in ADP 2 case
                2 Sirte Sirte PROPN 5 obl LOCATION
                3 , , PUNCT 5 punct
                4 gunmen gunman NOUN 5 nsubj
                5 killed kill VERB 0 root
                6 a a DET 7 det
                7 man man NOUN 5 obj
                8 in in ADP 11 case
                9 Vila Vila PROPN 11 compound LOCATION
                10 Mariana Mariana PROPN 11 compound LOCATION
                11 neighborhood neighborhood NOUN 5 obl
                12 . . PUNCT 5 punct
                """));
        assertThat(x.places().mentions()).noneMatch(m -> m.place().equals(mariana));
        assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.location().orElseThrow().mention().place()).isEqualTo(TestWorld.SIRTE));
    }
}
