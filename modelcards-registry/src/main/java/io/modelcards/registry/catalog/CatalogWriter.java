package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.KeptStatements;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.workflow.State;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The catalog's writes inside a caller's transaction, so that a write and what goes with it (a workflow transition, its
 * audit entry) commit together or not at all. Obtain one from {@link Catalog#within(Handle)} inside
 * {@code jdbi.inTransaction(...)}; a {@link CatalogException} leaves the transaction to be rolled back by its owner.
 */
public final class CatalogWriter {
    /** States whose card never changes again: an upload to them is refused. */
    static final Set<State> FROZEN = EnumSet.of(State.APPROVED, State.PUBLISHED, State.DEPRECATED, State.ARCHIVED);

    private final Handle handle;
    private final Clock clock;

    CatalogWriter(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /** Creates the model {@code name} owned by {@code actor}; a bad or taken name is refused. */
    public ModelEntry createModel(String name, String actor) {
        Names.model(name);
        // To the microsecond, as both databases keep it: the entry returned is the one read back later, without reading it.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            handle.createUpdate("INSERT INTO models (name, created_at, created_by) VALUES (:name, :at, :by)")
                    .bind("name", name).bind("at", Rows.instant(at)).bind("by", actor).execute();
        } catch (RuntimeException e) {
            if (Rows.isUniqueViolation(e)) {
                throw new CatalogException(Subjects.model(name), "catalog/duplicate-model",
                        "model '" + name + "' already exists: add a version to it, or choose another name");
            }
            throw e;
        }
        return new ModelEntry(name, at, actor);
    }

    /** Creates version {@code version} of {@code model} as a draft with no card yet; a version that exists is refused. */
    public VersionEntry createVersion(String model, String version, String actor) {
        Names.version(model, version);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int inserted;
        try {
            // The model's id by a subquery, and the entry from what was written: one statement, nothing read back.
            inserted = handle.createUpdate("INSERT INTO versions (model_id, version, state, created_at, created_by)"
                            + " SELECT id, :version, :state, :at, :by FROM models WHERE name = :model")
                    .bind("model", model).bind("version", version).bind("state", State.DRAFT.id())
                    .bind("at", Rows.instant(at)).bind("by", actor).execute();
        } catch (RuntimeException e) {
            if (Rows.isUniqueViolation(e)) {
                throw duplicateVersion(model, version);
            }
            throw e;
        }
        if (inserted == 0) {
            throw Catalog.unknownModel(model);
        }
        return new VersionEntry(model, version, State.DRAFT, null, at, actor);
    }

    /**
     * Makes {@code card} the current revision of {@code model}'s {@code version}: a card not seen in this version becomes a
     * new revision whose parent is the previous current one; the same card again is the same revision. Refused when the
     * version is approved or later ({@code catalog/frozen}), or when {@code expectedCurrent} is not null and differs from
     * the current revision ({@code catalog/stale-revision}: someone else changed it since it was read).
     */
    public Revision upload(String model, String version, ModelCard card, String actor, ContentHash expectedCurrent) {
        long modelId = modelId(model);
        Locked row = handle.createQuery("SELECT id, state, current_revision FROM versions WHERE model_id = :m AND version = :v FOR UPDATE")
                .bind("m", modelId).bind("v", version)
                .map((rs, ctx) -> new Locked(rs.getLong("id"), rs.getString("state"), rs.getString("current_revision")))
                .findOne().orElseThrow(() -> unknownVersion(model, version));
        State state = State.parse(row.state()).orElseThrow();
        ContentHash current = CatalogRows.hash(row.current());
        if (expectedCurrent != null && !expectedCurrent.equals(current)) {
            refuseFrozen(model, version, state);
            throw new CatalogException(Subjects.version(model, version), "catalog/stale-revision", "the card changed since it was read"
                    + " (now " + (current == null ? "no card" : current) + "): fetch it again and reapply the change");
        }
        return store(row.id(), model, version, state, current, card, ContentHash.of(card), actor);
    }

    /**
     * Makes {@code card}, whose content hash is {@code hash}, the current revision of the version {@code v}, whose row this
     * transaction has locked ({@link VersionRows#lock}) and whose current revision the caller has checked: as
     * {@link #upload(String, String, ModelCard, String, ContentHash)} without reading the version or hashing the card again.
     */
    public Revision upload(LockedVersion v, ModelCard card, ContentHash hash, String actor) {
        return store(v.id(), v.model(), v.version(), v.state(), v.current(), card, hash, actor);
    }

    private Revision store(long versionId, String model, String version, State state, ContentHash current, ModelCard card,
            ContentHash hash, String actor) {
        refuseFrozen(model, version, state);
        if (hash.equals(current)) {
            return stored(versionId, hash);
        }
        boolean known = handle.createQuery("SELECT COUNT(*) FROM revisions WHERE version_id = :v AND hash = :h")
                .bind("v", versionId).bind("h", hash.toString()).mapTo(Long.class).one() > 0;
        Revision rev;
        if (known) {
            rev = stored(versionId, hash);
        } else {
            // Stored to the microsecond, as both databases keep it, so that the revision returned is the one read back later.
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String json = CardCodec.toJson(card);
            handle.createUpdate("INSERT INTO revisions (version_id, hash, card_json, created_at, created_by, parent_hash)"
                            + " VALUES (:v, :h, :json, :at, :by, :parent)")
                    .bind("v", versionId).bind("h", hash.toString()).bind("json", json)
                    .bind("at", Rows.instant(at)).bind("by", actor).bind("parent", current == null ? null : current.toString()).execute();
            rev = new Revision(hash, model, version, json, at, actor, current);
        }
        handle.createUpdate("UPDATE versions SET current_revision = :h WHERE id = :v").bind("h", hash.toString()).bind("v", versionId)
                .execute();
        return rev;
    }

    private Revision stored(long versionId, ContentHash hash) {
        return handle.createQuery("SELECT " + CatalogRows.REVISION_COLUMNS + CatalogRows.REVISION_JOIN
                        + "WHERE r.version_id = :v AND r.hash = :h")
                .bind("v", versionId).bind("h", hash.toString()).map(CatalogRows::revision).one();
    }

    private static void refuseFrozen(String model, String version, State state) {
        if (FROZEN.contains(state)) {
            throw new CatalogException(Subjects.version(model, version), "catalog/frozen", "version " + version + " is "
                    + state.id() + " and its card can no longer change: create a new version for the edit");
        }
    }

    /**
     * Moves {@code model}'s {@code version} from state {@code from} to {@code to} if it is still in {@code from}; false
     * when it is not (someone moved it first). This is the only write of the state column: whether the transition is
     * allowed is the workflow's decision, and the workflow calls this in the same transaction as its audit append.
     */
    public boolean setState(String model, String version, State from, State to) {
        long modelId = modelId(model);
        Optional<Long> versionId = handle.createQuery("SELECT id FROM versions WHERE model_id = :m AND version = :v")
                .bind("m", modelId).bind("v", version).mapTo(Long.class).findOne();
        return setState(versionId.orElseThrow(() -> unknownVersion(model, version)), from, to);
    }

    /**
     * Moves the version whose row id is {@code versionId} from {@code from} to {@code to} if it is still in {@code from}:
     * {@link #setState(String, String, State, State)} for a caller that holds the version's row.
     */
    public boolean setState(long versionId, State from, State to) {
        // Kept prepared on the connection: every workflow move runs it, and Jdbi's statement building cost more than it.
        try {
            PreparedStatement move = KeptStatements.on(handle, "UPDATE versions SET state = ? WHERE id = ? AND state = ?");
            move.setString(1, to.id());
            move.setLong(2, versionId);
            move.setString(3, from.id());
            return move.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private long modelId(String model) {
        return handle.createQuery("SELECT id FROM models WHERE name = :name").bind("name", model).mapTo(Long.class).findOne()
                .orElseThrow(() -> Catalog.unknownModel(model));
    }

    static CatalogException duplicateVersion(String model, String version) {
        return new CatalogException(Subjects.version(model, version), "catalog/duplicate-version", "version " + version + " of model '"
                + model + "' already exists: upload a new card to it, or create a version with another number");
    }

    static CatalogException unknownVersion(String model, String version) {
        return new CatalogException(Subjects.version(model, version), "catalog/unknown-version", "model '" + model
                + "' has no version " + version + ": create it first, or list the model's versions");
    }

    private record Locked(long id, String state, String current) {}
}
