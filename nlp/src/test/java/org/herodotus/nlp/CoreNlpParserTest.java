package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.text.Token;
import org.junit.jupiter.api.Test;

/** The adapter's own rules, without loading models. */
class CoreNlpParserTest {
    private static Token tok(int i, int head) { return new Token(i, "w" + i, new Span(i * 3, i * 3 + 2), "NOUN", null, "O", head, "dep"); }

    @Test
    void aLoopOfHeadsIsCutSoThatEveryWalkUpEnds() {
        List<Token> fixed = CoreNlpParser.withoutCycles(List.of(tok(0, -1), tok(1, 2), tok(2, 3), tok(3, 1)));
        assertThat(fixed.stream().filter(t -> t.head() < 0)).hasSize(2);
        for (Token t : fixed) {
            int cur = t.index(), steps = 0;
            while (cur >= 0 && steps++ < 10) cur = fixed.get(cur).head();
            assertThat(cur).isEqualTo(-1);
        }
    }

    @Test
    void pennTagsBecomeUniversalOnes() {
        assertThat(CoreNlpParser.upos("VBD", "root")).isEqualTo("VERB");
        assertThat(CoreNlpParser.upos("VBD", "aux:pass")).isEqualTo("AUX");
        assertThat(CoreNlpParser.upos("NNP", "nsubj")).isEqualTo("PROPN");
        assertThat(CoreNlpParser.upos("IN", "mark")).isEqualTo("SCONJ");
        assertThat(CoreNlpParser.upos("NOUN", "obj")).as("French models give UPOS already").isEqualTo("NOUN");
    }
}
