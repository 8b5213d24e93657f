package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.KeptStatements;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.workflow.State;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The catalog reads and small writes a registry transaction needs around {@link CatalogWriter}: locking a version's row
 * first (so that racing writers of one version queue and the later one sees the earlier one's state), a new version's
 * base revision, and who wrote a version's revisions. Every method runs in the caller's transaction on {@code handle}.
 */
public final class VersionRows {
    private static final String SELECT_VERSION = "SELECT id, version, state, current_revision, base_revision, created_by, created_at"
            + " FROM versions WHERE model_id = ? AND version = ?";

    private final Handle handle;

    /** The rows reached through {@code handle}, in its transaction. */
    public VersionRows(Handle handle) {
        this.handle = handle;
    }

    /** Locks {@code model}'s {@code version} for the rest of the transaction and returns it; unknown ones are refused. */
    public LockedVersion lock(String model, String version) {
        Owner owner = owner(handle, model);
        // Kept prepared on the connection: H2 parses and plans a FOR UPDATE statement again at each prepare.
        try {
            PreparedStatement lock = KeptStatements.on(handle, SELECT_VERSION + " FOR UPDATE");
            lock.setLong(1, owner.id());
            lock.setString(2, version);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw CatalogWriter.unknownVersion(model, version);
                }
                return locked(rs, model, owner);
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** {@code model}'s {@code version} as committed, without a lock (for reads); unknown ones are refused. */
    public LockedVersion find(String model, String version) {
        Owner owner = owner(handle, model);
        return handle.createQuery(SELECT_VERSION).bind(0, owner.id()).bind(1, version)
                .map((rs, ctx) -> locked(rs, model, owner))
                .findOne().orElseThrow(() -> CatalogWriter.unknownVersion(model, version));
    }

    private static Owner owner(Handle handle, String model) {
        // The model first, on its own: locking the version row must not lock the model row, which new versions reference.
        return handle.createQuery("SELECT id, created_by FROM models WHERE name = :m").bind("m", model)
                .map((rs, ctx) -> new Owner(rs.getLong("id"), rs.getString("created_by"))).findOne()
                .orElseThrow(() -> Catalog.unknownModel(model));
    }

    private static LockedVersion locked(ResultSet rs, String model, Owner owner) throws SQLException {
        return new LockedVersion(rs.getLong("id"), model, rs.getString("version"),
                State.parse(rs.getString("state")).orElseThrow(), CatalogRows.hash(rs.getString("current_revision")),
                CatalogRows.hash(rs.getString("base_revision")), owner.createdBy(), rs.getString("created_by"),
                Rows.instant(rs, "created_at"));
    }

    /** The owner (creator) of {@code model}; an unknown model is refused. */
    public String owner(String model) {
        return handle.createQuery("SELECT created_by FROM models WHERE name = :m").bind("m", model).mapTo(String.class).findOne()
                .orElseThrow(() -> Catalog.unknownModel(model));
    }

    /**
     * The current revision of {@code model}'s newest released version (published or deprecated, newest by creation),
     * which a new version of the model starts from; empty when none was released.
     */
    public Optional<ContentHash> releasedBase(String model) {
        return handle.createQuery("SELECT v.current_revision" + CatalogRows.VERSION_JOIN + "WHERE m.name = :m AND v.state IN ('"
                        + State.PUBLISHED.id() + "', '" + State.DEPRECATED.id() + "') AND v.current_revision IS NOT NULL"
                        + " ORDER BY v.created_at DESC, v.id DESC LIMIT 1")
                .bind("m", model).mapTo(String.class).findOne().map(ContentHash::parse);
    }

    /** Records that the version {@code versionId} started from revision {@code base}. */
    public void recordBase(long versionId, ContentHash base) {
        handle.createUpdate("UPDATE versions SET base_revision = :b WHERE id = :v").bind("b", base.toString()).bind("v", versionId)
                .execute();
    }

    /** Makes {@code parent} the parent of the version's revision {@code hash} when it has none (its first revision). */
    public void adoptParent(long versionId, ContentHash hash, ContentHash parent) {
        handle.createUpdate("UPDATE revisions SET parent_hash = :p WHERE version_id = :v AND hash = :h AND parent_hash IS NULL")
                .bind("p", parent.toString()).bind("v", versionId).bind("h", hash.toString()).execute();
    }

    /** The revision {@code hash} as stored in any version (the same content reads the same wherever it is). */
    public Optional<Revision> revision(ContentHash hash) {
        return handle.createQuery("SELECT " + CatalogRows.REVISION_COLUMNS + CatalogRows.REVISION_JOIN + "WHERE r.hash = :h"
                        + " ORDER BY r.id LIMIT 1")
                .bind("h", hash.toString()).map(CatalogRows::revision).findOne();
    }

    /**
     * The card of version {@code versionId}'s revision {@code hash}, read from that version's own row (which holds the
     * card as it was uploaded there); empty when the version has no such revision.
     */
    public Optional<ModelCard> card(long versionId, ContentHash hash) {
        return handle.createQuery("SELECT " + CatalogRows.REVISION_COLUMNS + CatalogRows.REVISION_JOIN
                        + "WHERE r.version_id = :v AND r.hash = :h")
                .bind("v", versionId).bind("h", hash.toString()).map(CatalogRows::revision).findOne().map(Revision::card);
    }

    /** Everyone who uploaded or edited a revision of version {@code v}, and the version's creator: its authors. */
    public Set<String> authors(LockedVersion v) {
        Set<String> authors = new LinkedHashSet<>(handle.createQuery("SELECT DISTINCT created_by FROM revisions WHERE version_id = :v")
                .bind("v", v.id()).mapTo(String.class).list());
        authors.add(v.createdBy());
        return authors;
    }

    /** The version {@code versionId} as an entry, as the transaction now sees it. */
    public VersionEntry entry(long versionId) {
        return handle.createQuery("SELECT " + CatalogRows.VERSION_COLUMNS + CatalogRows.VERSION_JOIN + "WHERE v.id = :id")
                .bind("id", versionId).map(CatalogRows::version).one();
    }

    private record Owner(long id, String createdBy) {}
}
