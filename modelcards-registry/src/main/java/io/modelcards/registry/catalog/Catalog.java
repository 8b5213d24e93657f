package io.modelcards.registry.catalog;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The catalog of models, versions and card revisions in the registry's database. Each write is one transaction of its
 * own; {@link #within(Handle)} gives the same writes inside a caller's transaction. Reads see committed data only.
 */
public final class Catalog {
    /** The largest page a listing returns. */
    public static final int MAX_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    /** A catalog over {@code database}, stamping times from {@code clock}. */
    public Catalog(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** The catalog's writes inside the transaction of {@code handle}. */
    public CatalogWriter within(Handle handle) {
        return new CatalogWriter(handle, clock);
    }

    /** Creates the model {@code name}, owned by {@code actor}; see {@link CatalogWriter#createModel}. */
    public ModelEntry createModel(String name, String actor) {
        return jdbi.inTransaction(h -> within(h).createModel(name, actor));
    }

    /** Creates a draft version; see {@link CatalogWriter#createVersion}. */
    public VersionEntry createVersion(String model, String version, String actor) {
        return jdbi.inTransaction(h -> within(h).createVersion(model, version, actor));
    }

    /** Uploads {@code card} as the version's current revision, whatever it was; see {@link CatalogWriter#upload}. */
    public Revision upload(String model, String version, ModelCard card, String actor) {
        return upload(model, version, card, actor, null);
    }

    /** Uploads {@code card} if the current revision is still {@code expectedCurrent}; see {@link CatalogWriter#upload}. */
    public Revision upload(String model, String version, ModelCard card, String actor, ContentHash expectedCurrent) {
        return jdbi.inTransaction(h -> within(h).upload(model, version, card, actor, expectedCurrent));
    }

    /** The model named {@code name}, if it exists. */
    public Optional<ModelEntry> model(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CatalogRows.MODEL_COLUMNS + " FROM models m WHERE m.name = :n")
                .bind("n", name).map(CatalogRows::model).findOne());
    }

    /**
     * The version {@code ref} of {@code model}: a version as written, {@value VersionRef#LATEST} (the newest by creation) or
     * {@value VersionRef#LATEST_PUBLISHED} (the newest whose state is published); empty when there is none.
     */
    public Optional<VersionEntry> version(String model, String ref) {
        boolean literal = !VersionRef.LATEST.equals(ref) && !VersionRef.LATEST_PUBLISHED.equals(ref);
        String where;
        if (VersionRef.LATEST.equals(ref)) {
            where = "WHERE m.name = :m ORDER BY v.created_at DESC, v.id DESC LIMIT 1";
        } else if (VersionRef.LATEST_PUBLISHED.equals(ref)) {
            where = "WHERE m.name = :m AND v.state = '" + State.PUBLISHED.id() + "' ORDER BY v.created_at DESC, v.id DESC LIMIT 1";
        } else {
            where = "WHERE m.name = :m AND v.version = :v";
        }
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT " + CatalogRows.VERSION_COLUMNS + CatalogRows.VERSION_JOIN + where).bind("m", model);
            return (literal ? q.bind("v", ref) : q).map(CatalogRows::version).findOne();
        });
    }

    /** The current revision of version {@code ref} of {@code model} (see {@link #version}); empty before any upload. */
    public Optional<Revision> card(String model, String ref) {
        return version(model, ref).filter(v -> v.currentRevision() != null)
                .flatMap(v -> jdbi.withHandle(h -> h.createQuery("SELECT " + CatalogRows.REVISION_COLUMNS + CatalogRows.REVISION_JOIN
                                + "WHERE m.name = :m AND v.version = :v AND r.hash = :h")
                        .bind("m", v.model()).bind("v", v.version()).bind("h", v.currentRevision().toString())
                        .map(CatalogRows::revision).findOne()));
    }

    /**
     * The revision with content hash {@code hash}. When versions share identical content, the first uploaded is
     * returned: its card is the same whichever it is.
     */
    public Optional<Revision> revision(ContentHash hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CatalogRows.REVISION_COLUMNS + CatalogRows.REVISION_JOIN
                        + "WHERE r.hash = :h ORDER BY r.id LIMIT 1")
                .bind("h", hash.toString()).map(CatalogRows::revision).findOne());
    }

    /** Models by name, {@code limit} (1 to {@value #MAX_PAGE}) at a time after {@code cursor} (null for the first page). */
    public Page<ModelEntry> models(String cursor, int limit) {
        String after = Cursors.decode("m", cursor, "models");
        int n = checked(limit);
        List<ModelEntry> rows = jdbi.withHandle(h -> h.createQuery("SELECT " + CatalogRows.MODEL_COLUMNS + " FROM models m"
                        + " WHERE m.name > :after ORDER BY m.name LIMIT :n")
                .bind("after", after == null ? "" : after).bind("n", n + 1).map(CatalogRows::model).list());
        return page(rows, limit, last -> Cursors.encode("m", last.name()));
    }

    /** The versions of {@code model} in creation order, {@code limit} at a time after {@code cursor}; unknown model refused. */
    public Page<VersionEntry> versions(String model, String cursor, int limit) {
        long after = Cursors.decodeId("v", cursor, Subjects.model(model));
        int n = checked(limit);
        List<IdVersion> rows = jdbi.withHandle(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM models WHERE name = :m").bind("m", model).mapTo(Long.class).one() == 0) {
                throw unknownModel(model);
            }
            return h.createQuery("SELECT " + CatalogRows.VERSION_COLUMNS + CatalogRows.VERSION_JOIN
                            + "WHERE m.name = :m AND v.id > :after ORDER BY v.id LIMIT :n")
                    .bind("m", model).bind("after", after).bind("n", n + 1)
                    .map((rs, ctx) -> new IdVersion(rs.getLong("id"), CatalogRows.version(rs, ctx))).list();
        });
        Page<IdVersion> ids = page(rows, limit, last -> Cursors.encode("v", Long.toString(last.id())));
        return new Page<>(ids.items().stream().map(IdVersion::entry).toList(), ids.nextCursor());
    }

    static CatalogException unknownModel(String model) {
        return new CatalogException(Subjects.model(model), "catalog/unknown-model",
                "there is no model '" + model + "': create it first, or list the models to find its name");
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new CatalogException("models", "catalog/bad-limit", "a page holds 1 to " + MAX_PAGE + " entries, not " + limit);
        }
        return limit;
    }

    private static <T> Page<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    private record IdVersion(long id, VersionEntry entry) {}
}
