package org.herodotus.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.herodotus.coding.TriggerLexicon;
import org.herodotus.model.Lang;
import org.junit.jupiter.api.Test;

class DataFileTest {
    @Test
    void brokenRowsFailWithFileAndLine() throws Exception {
        DataFile f = DataFile.read("verbs.fr.tsv", new ByteArrayInputStream("# version: 7\n# c\nattaquer\tVERB\n\nfrapper\n".getBytes(StandardCharsets.UTF_8)), false);
        assertThat(f.version()).isEqualTo("7");
        assertThat(f.rows()).hasSize(2);
        assertThatThrownBy(() -> f.rows().get(1).get(1)).hasMessage("verbs.fr.tsv:5: expected at least 2 fields, found 1");
    }

    @Test
    void bundledLexiconsLoadWithVersionsAndCoverTheSpineTypes() {
        for (Lang l : Lang.values()) {
            TriggerLexicon lex = TriggerLexicon.load(l);
            assertThat(lex.version()).isNotEqualTo("unversioned");
            assertThat(lex.size()).isGreaterThan(50);
        }
    }
}
