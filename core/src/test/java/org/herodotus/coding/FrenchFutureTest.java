package org.herodotus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Span;
import org.herodotus.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French simple future, told from the verb's future stem: the realis rule "future" reads it on verbs and auxiliaries. */
class FrenchFutureTest {
    @ParameterizedTest(name = "{0} ({1}): future {2}")
    @CsvSource({"adopteront,adopter,true", "enverra,envoyer,true", "sera,être,true", "recevra,recevoir,true", "prendront,prendre,true",
            "appellera,appeler,true", "emploiera,employer,true", "déploierons,déployer,true",
            "tira,tirer,false", "entra,entrer,false", "déclara,déclarer,false", "tirons,tirer,false", "adopte,adopter,false",
            "serait,être,false", "prendrait,prendre,false", "mura,murer,false"})
    void aFutureFormIsItsStemAndAFutureEnding(String form, String lemma, boolean future) {
        Token t = new Token(0, form, new Span(0, form.length()), "VERB", lemma, "O", -1, "root");
        assertThat(RealisClassifier.frenchFuture(t)).isEqualTo(future);
    }
}
