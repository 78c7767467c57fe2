package org.herodotus.actors;

import java.util.Locale;

/** What an actor is. AGENT is a generic role tied to a country ("the Libyan police"); OPEN is a name not in the KB. */
public enum ActorKind {
    STATE, IGO, ORGANISATION, ARMED_GROUP, GOVERNMENT, PERSON, AGENT, OPEN;

    public static ActorKind parse(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }

    public boolean isCollective() { return this != PERSON; }
}
