package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.data.DataFile;
import org.herodotus.model.Lang;
import org.herodotus.model.PloverType;
import org.junit.jupiter.api.Test;

/**
 * What the golden suites must cover (issue 4): per language at least 150 records, every PLOVER type and every ACLED
 * sub-type expected by some record, and at least 15 negative records that expect only the absence of events.
 */
class GoldenCoverageTest {
    static final List<String> ACLED_SUB_TYPES = List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
            "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
            "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests", "Change to group/activity",
            "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other");

    @Test
    void frenchSuiteCoversEveryTypeAndSubType() { covers("/golden/golden.fr.tsv", Lang.FR); }

    @Test
    void englishSuiteCoversEveryTypeAndSubType() { covers("/golden/golden.en.tsv", Lang.EN); }

    private static void covers(String res, Lang lang) {
        List<GoldenRecords.Record> records = GoldenRecords.read(DataFile.resource(res, false), lang);
        Set<String> types = new HashSet<>(), subs = new HashSet<>();
        int negatives = 0;
        for (GoldenRecords.Record r : records) {
            boolean onlyAbsence = true;
            for (String clause : r.expect().split(" && ")) {
                clause = clause.trim();
                if (clause.startsWith("!")) continue;
                onlyAbsence = false;
                types.add(clause.split(" ")[0].split("/")[0]);
                for (String part : clause.split(" ")) if (part.startsWith("acled=")) subs.add(part.substring(6).replace('_', ' '));
            }
            if (onlyAbsence) negatives++;
        }
        assertThat(records).as(res + " records").hasSizeGreaterThanOrEqualTo(150);
        for (PloverType t : PloverType.values()) assertThat(types).as(res + " PLOVER types").contains(t.name());
        assertThat(subs).as(res + " ACLED sub-types").containsAll(ACLED_SUB_TYPES);
        assertThat(negatives).as(res + " negative records").isGreaterThanOrEqualTo(15);
    }
}
