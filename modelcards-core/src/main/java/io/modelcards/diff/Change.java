package io.modelcards.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * How one value differs between the old and the new card: it was added, removed or changed.
 *
 * @param <T> the type of the value
 */
public sealed interface Change<T> {

    /** The value in the old card, or null when it was added. */
    T old();

    /** The value in the new card, or null when it was removed. */
    T now();

    /** The word the JSON form and the outputs use for this kind of change: added, removed or changed. */
    String kind();

    /** The change from {@code old} to {@code now} (null meaning absent), or empty when both are equal or both absent. */
    static <T> Optional<Change<T>> of(T old, T now) {
        if (Objects.equals(old, now)) {
            return Optional.empty();
        }
        if (old == null) {
            return Optional.of(new Added<>(now));
        }
        return Optional.of(now == null ? new Removed<>(old) : new Changed<>(old, now));
    }

    /** A value only the new card has. */
    record Added<T>(T now) implements Change<T> {
        @Override
        public T old() {
            return null;
        }

        @Override
        public String kind() {
            return "added";
        }
    }

    /** A value only the old card has. */
    record Removed<T>(T old) implements Change<T> {
        @Override
        public T now() {
            return null;
        }

        @Override
        public String kind() {
            return "removed";
        }
    }

    /** A value both cards have, with different contents. */
    record Changed<T>(T old, T now) implements Change<T> {
        @Override
        public String kind() {
            return "changed";
        }
    }
}
