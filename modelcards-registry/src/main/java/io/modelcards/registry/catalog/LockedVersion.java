package io.modelcards.registry.catalog;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.workflow.State;
import java.time.Instant;

/**
 * A version's row as a write transaction holds it, locked until the transaction ends, with its model's owner.
 *
 * @param id        the row's id
 * @param model     the model's name
 * @param version   the version as written
 * @param state     its state
 * @param current   its current revision, or null before the first upload
 * @param base      the revision of the released version it started from, or null
 * @param owner     the user who created the model
 * @param createdBy the user who created the version
 * @param createdAt when the version was created
 */
public record LockedVersion(long id, String model, String version, State state, ContentHash current, ContentHash base,
        String owner, String createdBy, Instant createdAt) {
    /** The subject problems about this version name: {@code models/NAME/versions/VERSION}. */
    public String subject() {
        return Subjects.version(model, version);
    }

    /** The version as an entry once its state is {@code now}: what reading its row again in this transaction gives. */
    public VersionEntry entryIn(State now) {
        return new VersionEntry(model, version, now, current, createdAt, createdBy);
    }
}
