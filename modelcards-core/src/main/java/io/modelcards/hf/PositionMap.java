package io.modelcards.hf;

import io.modelcards.diagnostic.SourceMap;
import java.util.Map;
import java.util.Optional;

/** A {@link SourceMap} over recorded positions; an unrecorded pointer takes its nearest recorded ancestor's position. */
final class PositionMap implements SourceMap {
    private final String file;
    private final Map<String, int[]> positions;

    PositionMap(String file, Map<String, int[]> positions) {
        this.file = file;
        this.positions = Map.copyOf(positions);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<Position> locate(String cardPointer) {
        String p = cardPointer;
        while (true) {
            int[] at = positions.get(p);
            if (at != null) {
                return Optional.of(new Position(at[0], at[1]));
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            p = p.substring(0, slash);
        }
    }
}
