package io.modelcards.registry.catalog;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.workflow.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** The catalog's SELECT lists and the mappers that read their rows. */
final class CatalogRows {
    static final String MODEL_COLUMNS = "m.name, m.created_at, m.created_by";
    static final String VERSION_COLUMNS = "v.id, m.name AS model, v.version, v.state, v.current_revision, v.created_at, v.created_by";
    static final String REVISION_COLUMNS =
            "r.hash, m.name AS model, v.version, r.card_json, r.created_at, r.created_by, r.parent_hash";
    static final String VERSION_JOIN = " FROM versions v JOIN models m ON m.id = v.model_id ";
    static final String REVISION_JOIN = " FROM revisions r JOIN versions v ON v.id = r.version_id JOIN models m ON m.id = v.model_id ";

    private CatalogRows() {}

    static ModelEntry model(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ModelEntry(rs.getString("name"), Rows.instant(rs, "created_at"), rs.getString("created_by"));
    }

    static VersionEntry version(ResultSet rs, StatementContext ctx) throws SQLException {
        String state = rs.getString("state");
        return new VersionEntry(rs.getString("model"), rs.getString("version"),
                State.parse(state).orElseThrow(() -> new IllegalStateException("unknown state '" + state + "' in the database")),
                hash(rs.getString("current_revision")), Rows.instant(rs, "created_at"), rs.getString("created_by"));
    }

    static Revision revision(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Revision(hash(rs.getString("hash")), rs.getString("model"), rs.getString("version"), rs.getString("card_json"),
                Rows.instant(rs, "created_at"), rs.getString("created_by"), hash(rs.getString("parent_hash")));
    }

    static ContentHash hash(String text) {
        return text == null ? null : ContentHash.parse(text);
    }
}
