package org.herodotus.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens a gold file by kind: acled, case, plover, geo, ner-fr. */
public final class GoldSets {
    public static final List<String> KINDS = List.of("acled", "case", "plover", "geo", "ner-fr");

    private GoldSets() {}

    public static GoldSet open(String kind, Path file) throws IOException {
        return switch (kind) {
            case "acled" -> AcledSet.read(file);
            case "case" -> CaseSet.read(file);
            case "plover" -> PloverSet.read(file);
            case "geo" -> GeoSet.read(file);
            case "ner-fr" -> NerFrSet.read(file);
            default -> throw new IllegalArgumentException("unknown gold kind '" + kind + "' (expected one of " + KINDS + ")");
        };
    }
}
