package org.herodotus.cli;

/** One Herodotus per test JVM: the CoreNLP models take seconds to load and gigabytes to hold. */
final class Shared {
    private static Herodotus instance;

    private Shared() {}

    static synchronized Herodotus herodotus() {
        if (instance == null) instance = Herodotus.load();
        return instance;
    }
}
