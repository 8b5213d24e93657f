package io.modelcards.registry.search;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.workflow.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * What the search index reads from the database, its source of truth: the audit chain's head and the versions its
 * entries name, and every version's current card for a rebuild.
 */
final class IndexFeed {
    private static final String VERSION_SELECT = "SELECT v.id, m.name, v.version, v.state, v.current_revision, r.card_json,"
            + " r.created_at FROM versions v JOIN models m ON m.id = v.model_id"
            + " LEFT JOIN revisions r ON r.version_id = v.id AND r.hash = v.current_revision";

    private final Database database;
    private final Jdbi jdbi;

    IndexFeed(Database database) {
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /** A version as an audit subject names it. */
    record Name(String model, String version) {}

    /** The audit chain's head now. */
    ChainHead head() {
        return new StoredAuditLog(database).head();
    }

    /** The hash of audit entry {@code seq}, empty when there is none. */
    Optional<String> hashAt(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT hash FROM audit_entries WHERE seq = :s").bind("s", seq)
                .mapTo(String.class).findOne());
    }

    /** The versions the audit entries after {@code afterSeq} up to {@code toSeq} name, each once. */
    Set<Name> named(long afterSeq, long toSeq) {
        Set<Name> out = new LinkedHashSet<>();
        try (Stream<AuditEntry> entries = new StoredAuditLog(database).entries(afterSeq + 1, toSeq)) {
            entries.forEach(e -> {
                Subject s = e.event().subject();
                if (s != null && s.model() != null && s.version() != null) {
                    out.add(new Name(s.model(), s.version()));
                }
            });
        }
        return out;
    }

    /** The named versions as they are now; a name no version has is left out. */
    List<VersionRow> versions(Collection<Name> names) {
        return jdbi.withHandle(h -> {
            List<VersionRow> out = new ArrayList<>();
            for (Name n : names) {
                // The version's id first, by the two unique keys: H2 would otherwise plan the join from a scan of versions.
                Optional<Long> id = h.createQuery("SELECT v.id FROM models m JOIN versions v ON v.model_id = m.id AND v.version = :v"
                        + " WHERE m.name = :m").bind("m", n.model()).bind("v", n.version()).mapTo(Long.class).findOne();
                id.ifPresent(i -> h.createQuery(VERSION_SELECT + " WHERE v.id = :id").bind("id", i).map((rs, ctx) -> row(rs))
                        .findOne().ifPresent(out::add));
            }
            return out;
        });
    }

    /** Up to {@code size} versions with a card whose id is above {@code afterId}, by id: a page of a rebuild. */
    List<VersionRow> page(long afterId, int size) {
        return jdbi.withHandle(h -> h.createQuery(VERSION_SELECT + " WHERE v.id > :after AND v.current_revision IS NOT NULL"
                + " ORDER BY v.id LIMIT " + size).bind("after", afterId).map((rs, ctx) -> row(rs)).list());
    }

    private static VersionRow row(ResultSet rs) throws SQLException {
        String state = rs.getString(4);
        String revision = rs.getString(5);
        String json = rs.getString(6);
        boolean card = revision != null && json != null;
        return new VersionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                State.parse(state).orElseThrow(() -> new IllegalStateException("unknown state '" + state + "' in the database")),
                card ? ContentHash.parse(revision) : null, card ? Rows.instant(rs, "created_at") : null, card ? json : null);
    }
}
