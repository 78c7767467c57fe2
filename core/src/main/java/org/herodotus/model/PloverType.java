package org.herodotus.model;

import java.util.Locale;
import java.util.Optional;

/** The sixteen PLOVER event types with their quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
public enum PloverType {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(2), COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(3), ACCUSE(3), REJECT(3), THREATEN(3), PROTEST(3), SANCTION(4), MOBILIZE(4), COERCE(4), ASSAULT(4);

    private final int quad;

    PloverType(int quad) { this.quad = quad; }

    public int quadCode() { return quad; }

    /** A material act (quad classes 2 and 4), as against a verbal one (1 and 3): done, not said. */
    public boolean material() { return quad == 2 || quad == 4; }

    /** Reads a type name, mapping the older PLOVER names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT). */
    public static Optional<PloverType> parse(String s) {
        if (s == null) return Optional.empty();
        String n = s.trim().toUpperCase(Locale.ROOT);
        n = switch (n) {
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            default -> n;
        };
        try {
            return Optional.of(valueOf(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
