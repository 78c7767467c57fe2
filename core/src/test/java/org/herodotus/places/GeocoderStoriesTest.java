package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** Story tests of toponym disambiguation, each naming the pass that should decide. */
class GeocoderStoriesTest {
    private static final TestWorld WORLD = new TestWorld();

    private static Extraction run(Lang lang, String text, String conll) {
        return WORLD.pipeline.analyse(Parses.parse("g", "2019-04", lang, text, conll));
    }

    @Test
    void tripoliInALibyanStoryIsTheLibyanCapital() {
        Extraction x = run(Lang.FR, "Les forces libyennes sont entrées dans Tripoli.", """
                1 Les le DET 2 det
                2 forces _ NOUN 5 nsubj
                3 libyennes _ ADJ 2 amod
                4 sont _ AUX 5 aux
                5 entrées _ VERB 0 root
                6 dans _ ADP 7 case
                7 Tripoli _ PROPN 5 obl I-LOC
                8 . _ PUNCT 5 punct
                """);
        PlaceMention m = x.places().mentions().stream().filter(p -> p.text().equals("Tripoli")).findFirst().orElseThrow();
        assertThat(m.place()).isEqualTo(TestWorld.TRIPOLI_LY);
        assertThat(m.by()).isEqualTo("focus-country");
        assertThat(m.candidates()).isEqualTo(2);
    }

    @Test
    void tripoliInALebaneseStoryIsTheLebaneseCity() {
        Extraction x = run(Lang.EN, "Protesters gathered in Tripoli, in northern Lebanon.", """
                1 Protesters protester NOUN 2 nsubj
                2 gathered gather VERB 0 root
                3 in in ADP 4 case
                4 Tripoli Tripoli PROPN 2 obl LOCATION
                5 , , PUNCT 4 punct
                6 in in ADP 8 case
                7 northern northern ADJ 8 amod
                8 Lebanon Lebanon PROPN 4 nmod LOCATION
                9 . . PUNCT 2 punct
                """);
        assertThat(x.places().mentions()).extracting(PlaceMention::text).containsExactly("Tripoli", "Lebanon");
        assertThat(x.places().mentions().get(0).place()).isEqualTo(TestWorld.TRIPOLI_LB);
        assertThat(x.places().mentions().get(1).place().isCountry()).isTrue();
        assertThat(x.places().mentions().get(1).by()).isEqualTo("country-name");
    }

    @Test
    void misrataIsFoundUnderItsArabicAndItalianNames() {
        Extraction x = run(Lang.EN, "Fighters from Misurata reached مصراتة.", """
                1 Fighters fighter NOUN 4 nsubj
                2 from from ADP 3 case
                3 Misurata Misurata PROPN 1 nmod LOCATION
                4 reached reach VERB 0 root
                5 مصراتة مصراتة PROPN 4 obj LOCATION
                6 . . PUNCT 4 punct
                """);
        assertThat(x.places().mentions()).extracting(PlaceMention::place).containsExactly(TestWorld.MISRATA, TestWorld.MISRATA);
    }

    @Test
    void anOrganisationNamedLikeATownIsNoToponym() {
        Extraction x = run(Lang.FR, "Le GNA est soutenu par l'Onu.", """
                1 Le le DET 2 det
                2 GNA _ PROPN 4 nsubj:pass I-ORG
                3 est _ AUX 4 aux:pass
                4 soutenu _ VERB 0 root
                5 par _ ADP 7 case
                6 l' le DET 7 det
                7 Onu _ PROPN 4 obl:agent I-LOC
                8 . _ PUNCT 4 punct
                """);
        assertThat(x.places().mentions()).isEmpty();
        assertThat(x.actors().mentions()).extracting(m -> m.actor().id().value()).contains("gna", "uno");
    }
}
