package io.modelcards.registry.audit;

import io.modelcards.registry.db.Rows;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The signed checkpoints in the registry's database, table {@code checkpoints(id, seq, note, at)}: each row a whole
 * signed note as {@link Checkpoint#note()} writes it, read back as text so that a verifier can judge an altered one.
 */
public final class CheckpointStore {
    private final Handle handle;

    /** The checkpoints reached through {@code handle}, in its transaction. */
    public CheckpointStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * A stored checkpoint as written.
     *
     * @param seq  the head seq the row says it covers
     * @param note the signed note's text
     */
    public record Stored(long seq, String note) {}

    /** Stores {@code checkpoint}, signed at {@code at}. */
    public void add(Checkpoint checkpoint, Instant at) {
        handle.createUpdate("INSERT INTO checkpoints (seq, note, at) VALUES (:seq, :note, :at)")
                .bind("seq", checkpoint.seq()).bind("note", checkpoint.note()).bind("at", Rows.instant(at)).execute();
    }

    /** Every stored checkpoint, oldest first. */
    public List<Stored> all() {
        return handle.createQuery("SELECT seq, note FROM checkpoints ORDER BY id")
                .map((rs, ctx) -> new Stored(rs.getLong("seq"), rs.getString("note"))).list();
    }
}
