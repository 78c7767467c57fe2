package org.herodotus.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.model.CountryCode;
import org.herodotus.places.GazetteerIndex;
import org.herodotus.places.Place;

/**
 * Continents, seas, gulfs, lakes, rivers and named regions that are not divisions ("Sahel", "Darfur", "Moyen-Orient",
 * "mer Noire"), from Herodotus' own data file {@code gazetteer/src/main/data/regions.tsv}: feature code, country
 * (alpha-3, or {@code XXX} across borders), latitude, longitude, name, other names separated by {@code |}.
 */
final class MacroRegions {
    private MacroRegions() {}

    /** GeoNames feature classes of the codes the file uses: areas (L), waters (H), relief (T). */
    static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("CONT", "L"), Map.entry("RGN", "L"), Map.entry("OCN", "H"),
            Map.entry("SEA", "H"), Map.entry("GULF", "H"), Map.entry("STRT", "H"), Map.entry("LK", "H"), Map.entry("STM", "H"),
            Map.entry("PEN", "T"), Map.entry("ISL", "T"), Map.entry("ISLS", "T"), Map.entry("MTS", "T"), Map.entry("DSRT", "T"),
            Map.entry("PLAT", "T"), Map.entry("VAL", "T"));

    /** Adds the file's places to {@code places}; returns how many. A malformed row is an error naming its line. */
    static int read(Path file, List<GazetteerIndex.Entry> places) throws IOException {
        int n = 0, lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f.length < 5) throw new IllegalArgumentException("want 6 columns, got " + f.length);
                String cls = CLASSES.get(f[0].trim());
                if (cls == null) throw new IllegalArgumentException("unknown feature code " + f[0]);
                Place p = new Place(Optional.empty(), f[4].trim(), CountryCode.of(f[1].trim()), "", cls, f[0].trim(),
                        Double.parseDouble(f[2].trim()), Double.parseDouble(f[3].trim()), 0);
                List<String> alt = new ArrayList<>();
                if (f.length > 5) for (String a : f[5].split("\\|")) if (!a.isBlank() && !a.trim().equals(p.name())) alt.add(a.trim());
                places.add(new GazetteerIndex.Entry(p, alt));
                n++;
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return n;
    }
}
