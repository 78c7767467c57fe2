package org.herodotus.data;

/** A dictionary or configuration file is broken; the message names the file and line. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) { super(message); }
}
