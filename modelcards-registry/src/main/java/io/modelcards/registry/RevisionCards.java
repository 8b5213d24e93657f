package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed cards of stored revisions, by version row and content hash, kept in memory for the registry's writes.
 * Submit and review need the card that an upload just stored; a stored revision never changes, so reading its JSON
 * (some 15 KB) and parsing it again for each request is work thrown away. The cache is bounded (the least recently used
 * card leaves first), and a card enters it only once the transaction that stored or read it has committed, so a
 * rolled-back upload leaves nothing behind.
 *
 * <p>A kept card has its revision's content (its hash), though not necessarily the README layout ({@code source}) of
 * the version's row: the same content uploaded again with another layout is the same revision. It therefore serves
 * only where content alone counts (the rule packs of a submit, the outcome of a review), never to build a new revision.
 */
final class RevisionCards {
    /** How many cards are kept: enough for the writes in flight, at some tens of kilobytes of heap each. */
    static final int CAPACITY = 256;

    private final Map<Key, ModelCard> cards = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ModelCard> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The card of revision {@code hash} of the version whose row id is {@code versionId}, if it is kept. */
    synchronized Optional<ModelCard> get(long versionId, ContentHash hash) {
        return Optional.ofNullable(cards.get(new Key(versionId, hash)));
    }

    /** Keeps {@code card} as revision {@code hash} of the version {@code versionId}; call only once it is committed. */
    synchronized void put(long versionId, ContentHash hash, ModelCard card) {
        cards.put(new Key(versionId, hash), card);
    }

    /** How many cards are kept. */
    synchronized int size() {
        return cards.size();
    }

    private record Key(long versionId, ContentHash hash) {}
}
