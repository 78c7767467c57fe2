package org.herodotus.eval;

import java.util.List;

/** What every gold set keeps of its reading: the file's name and the malformed rows met. */
abstract class ReadGoldSet implements GoldSet {
    protected final String name;
    private final List<String> problems;

    ReadGoldSet(String name, List<String> problems) {
        this.name = name;
        this.problems = List.copyOf(problems);
    }

    @Override public final List<String> problems() { return problems; }
}
