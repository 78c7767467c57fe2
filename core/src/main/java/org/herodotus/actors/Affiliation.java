package org.herodotus.actors;

import java.time.LocalDate;
import java.util.Optional;

/** A dated tie of a person to an organisation: Haftar commands the LNA from 2014. Open-ended when {@code to} is empty. */
public record Affiliation(ActorId person, ActorId organisation, String role, Optional<LocalDate> from, Optional<LocalDate> to) {
    public Affiliation {
        if (person == null || organisation == null || role == null || role.isBlank()) throw new IllegalArgumentException("affiliation needs person, organisation, role");
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get()))
            throw new IllegalArgumentException("affiliation " + person + "→" + organisation + " ends before it starts");
    }

    /** Whether the tie holds at some time in [first, last]. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return from.map(f -> !f.isAfter(last)).orElse(true) && to.map(t -> !t.isBefore(first)).orElse(true);
    }

    public boolean leads() { return role.equals("commander") || role.equals("head") || role.equals("leader"); }
}
