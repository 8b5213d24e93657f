package io.modelcards.registry.catalog;

import org.jdbi.v3.core.Handle;

/**
 * Told of every change of a version's current card, inside the transaction that makes it, so that what it writes
 * (the search index) commits or rolls back with the change. The catalog owns this interface so that it needs to know
 * nothing of its listeners: the registry wires them in (the search index is one).
 */
@FunctionalInterface
public interface CurrentCardListener {
    /** A listener that does nothing. */
    CurrentCardListener NONE = (handle, change) -> { };

    /**
     * Called when {@code change.card()} has become the current card of its version, in the transaction of {@code handle};
     * an exception rolls the upload back.
     */
    void currentChanged(Handle handle, CurrentCard change);
}
