package io.modelcards.registry.review;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The reviews and comments of model versions in the registry's database (tables {@code reviews} and {@code comments}),
 * read and written in the caller's transaction. Whether a review or comment may be recorded is the caller's check
 * ({@link Review#refusal}, {@link Comment#refusals}); this class only stores.
 */
public final class ReviewStore {
    private static final String COMMENT_COLUMNS = "id, author, revision_hash, pointer, section, parent_id, text, resolved, at";

    private final Handle handle;

    /** The reviews and comments reached through {@code handle}, in its transaction. */
    public ReviewStore(Handle handle) {
        this.handle = handle;
    }

    /** Records {@code review} of the version {@code versionId}. */
    public void add(long versionId, Review review) {
        handle.createUpdate("INSERT INTO reviews (version_id, revision_hash, reviewer, role, decision, comment, at)"
                        + " VALUES (:v, :rev, :reviewer, :role, :decision, :comment, :at)")
                .bind("v", versionId).bind("rev", review.revision().toString()).bind("reviewer", review.reviewer())
                .bind("role", review.role()).bind("decision", review.decision().id()).bind("comment", review.comment())
                .bind("at", Rows.instant(review.at())).execute();
    }

    /** Every review of the version {@code versionId}, in the order they were made. */
    public List<Review> reviews(long versionId) {
        return handle.createQuery("SELECT reviewer, role, decision, comment, at, revision_hash FROM reviews WHERE version_id = :v"
                        + " ORDER BY id")
                .bind("v", versionId)
                .map((rs, ctx) -> new Review(rs.getString("reviewer"), rs.getString("role"),
                        Decision.parse(rs.getString("decision")).orElseThrow(), rs.getString("comment"), Rows.instant(rs, "at"),
                        ContentHash.parse(rs.getString("revision_hash"))))
                .list();
    }

    /** Records {@code comment} (its id is ignored) on the version {@code versionId}; the stored comment with its id. */
    public Comment add(long versionId, Comment comment) {
        long id = handle.createUpdate("INSERT INTO comments (version_id, revision_hash, author, pointer, section, parent_id, text,"
                        + " resolved, at) VALUES (:v, :rev, :author, :pointer, :section, :parent, :text, FALSE, :at)")
                .bind("v", versionId).bind("rev", comment.revision().toString()).bind("author", comment.author())
                .bind("pointer", comment.pointer()).bind("section", comment.section()).bind("parent", comment.parentId())
                .bind("text", comment.text()).bind("at", Rows.instant(comment.at()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return comment(versionId, id).orElseThrow();
    }

    /** Every comment on the version {@code versionId}, in the order they were written. */
    public List<Comment> comments(long versionId) {
        return handle.createQuery("SELECT " + COMMENT_COLUMNS + " FROM comments WHERE version_id = :v ORDER BY id")
                .bind("v", versionId).map(ReviewStore::row).list();
    }

    /** The comment {@code id} if it is on the version {@code versionId}. */
    public Optional<Comment> comment(long versionId, long id) {
        return handle.createQuery("SELECT " + COMMENT_COLUMNS + " FROM comments WHERE version_id = :v AND id = :id")
                .bind("v", versionId).bind("id", id).map(ReviewStore::row).findOne();
    }

    /** Marks comment {@code id} resolved; false when it already was. */
    public boolean resolve(long id) {
        return handle.createUpdate("UPDATE comments SET resolved = TRUE WHERE id = :id AND resolved = FALSE").bind("id", id)
                .execute() == 1;
    }

    private static Comment row(ResultSet rs, StatementContext ctx) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Comment(rs.getLong("id"), rs.getString("author"), ContentHash.parse(rs.getString("revision_hash")),
                rs.getString("pointer"), rs.getString("section"), parentId, rs.getString("text"),
                rs.getBoolean("resolved"), Rows.instant(rs, "at"));
    }
}
