package org.herodotus.actors;

/** The id of an actor: a knowledge-base id ("lna"), a country ("LBY"), an agent ("LBY-MIL") or an open actor ("open:..."). */
public record ActorId(String value) {
    public ActorId {
        if (value == null || value.isBlank() || value.contains("\t")) throw new IllegalArgumentException("bad actor id '" + value + "'");
    }

    @Override public String toString() { return value; }
}
