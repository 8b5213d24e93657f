package io.modelcards.diagnostic;

import java.util.Optional;

/**
 * Maps a JSON Pointer into the card's JSON form (e.g. {@code /metadata/license}) to a line and column in the
 * file the card was read from, so that problems found on the typed card are reported where the user wrote them.
 */
public interface SourceMap {
    /** A 1-based line and column. */
    record Position(int line, int column) {}

    /** The file name to put in diagnostics. */
    String file();

    /** Where the value at {@code cardPointer} was written, if known. */
    Optional<Position> locate(String cardPointer);

    /** A map that knows the file name only: every problem is reported at 1:1. */
    static SourceMap none(String file) {
        return new SourceMap() {
            @Override public String file() { return file; }
            @Override public Optional<Position> locate(String cardPointer) { return Optional.empty(); }
        };
    }
}
