package io.modelcards.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a read kept in memory by key while the registry's {@link Generation} stays the same, and never longer
 * than {@code maxAgeNanos}: the age bound limits what a change made around the registry's writes (an administrator's
 * SQL, say) can hide. The generation is taken before the read it guards, so an answer read while a write committed is
 * never served after that write. Bounded: when full it starts again empty. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the answer (may be an empty Optional: a negative answer is kept as well)
 */
final class Memo<K, V> {
    private final Generation generation;
    private final long maxAgeNanos;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** A memo valid while {@code generation} holds, for at most {@code maxAgeNanos}, of at most {@code maxEntries}. */
    Memo(Generation generation, long maxAgeNanos, int maxEntries) {
        this.generation = generation;
        this.maxAgeNanos = maxAgeNanos;
        this.maxEntries = maxEntries;
    }

    /** The kept answer for {@code key} if still valid, else {@code read}'s answer, kept. */
    V get(K key, Function<K, V> read) {
        long gen = generation.current();
        long now = System.nanoTime();
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.generation() == gen && now - kept.readAt() < maxAgeNanos) {
            return kept.value();
        }
        V value = read.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, gen, now));
        return value;
    }

    /** One kept answer, with the generation and the time it was read at. */
    private record Entry<V>(V value, long generation, long readAt) {}
}
