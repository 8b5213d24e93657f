package io.modelcards.server.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.Moved;
import io.modelcards.registry.VersionView;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.ModelEntry;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.review.Comment;
import io.modelcards.registry.review.Review;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.Action;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON the API writes, one record per resource, each with the conversion from its registry type. The records are
 * the REST contract: field names become snake_case, times are ISO-8601 text, hashes {@code sha256:<hex>}.
 */
public final class Wire {
    private Wire() {
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String iso(ContentHash h) {
        return h == null ? null : h.toString();
    }

    private static String id(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A page of a listing.
     *
     * @param items      the items
     * @param nextCursor the cursor of the next page, absent on the last
     * @param <T>        the item type
     */
    public record PageJson<T>(List<T> items, String nextCursor) {
        /** {@code page} with each item converted by {@code f}. */
        public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> f) {
            return new PageJson<>(page.items().stream().map(f).toList(), page.nextCursor());
        }
    }

    /**
     * A model.
     *
     * @param name      its name
     * @param owner     the user who created it
     * @param createdAt when
     */
    public record ModelJson(String name, String owner, String createdAt) {
        /** The JSON form of {@code m}. */
        public static ModelJson of(ModelEntry m) {
            return new ModelJson(m.name(), m.createdBy(), iso(m.createdAt()));
        }
    }

    /**
     * A version.
     *
     * @param model     the model
     * @param version   the version
     * @param state     its workflow state
     * @param revision  its current revision's hash, absent before the first upload
     * @param createdAt when it was created
     * @param createdBy who created it
     */
    public record VersionJson(String model, String version, String state, String revision, String createdAt,
                              String createdBy) {
        /** The JSON form of {@code v}. */
        public static VersionJson of(VersionEntry v) {
            return new VersionJson(v.model(), v.version(), v.state().id(), iso(v.currentRevision()), iso(v.createdAt()),
                    v.createdBy());
        }
    }

    /**
     * A version with what a client needs to act on it.
     *
     * @param version the version
     * @param owner   the model's owner
     * @param allowed the actions its state allows
     * @param outcome the review outcome of its current revision, absent before the first upload
     */
    public record VersionViewJson(VersionJson version, String owner, List<String> allowed, OutcomeJson outcome) {
        /** The JSON form of {@code v}. */
        public static VersionViewJson of(VersionView v) {
            return new VersionViewJson(VersionJson.of(v.entry()), v.owner(), v.allowed().stream().map(Action::id).toList(),
                    v.outcome() == null ? null : OutcomeJson.of(v.outcome()));
        }
    }

    /**
     * A review outcome.
     *
     * @param status     approved, changes_requested or pending
     * @param revision   the revision it is about
     * @param approvedBy the reviewers whose approvals count
     * @param reasons    what is still missing, one reason each
     */
    public record OutcomeJson(String status, String revision, List<String> approvedBy, List<String> reasons) {
        /** The JSON form of {@code o}. */
        public static OutcomeJson of(ReviewOutcome o) {
            return new OutcomeJson(id(o.status()), iso(o.revision()), o.approvedBy(), o.reasons());
        }
    }

    /**
     * A revision (the card is fetched separately).
     *
     * @param hash          its content hash
     * @param model         the model
     * @param version       the version
     * @param parent        the revision it was made from, if any
     * @param createdAt     when
     * @param createdBy     who
     * @param mergeWarnings for an upload merged into a base card: what was flagged
     */
    public record RevisionJson(String hash, String model, String version, String parent, String createdAt, String createdBy,
                               List<String> mergeWarnings) {
        /** The JSON form of {@code r}, with {@code warnings} from the upload (or none). */
        public static RevisionJson of(Revision r, List<Diagnostic> warnings) {
            return new RevisionJson(iso(r.hash()), r.model(), r.version(), iso(r.parent()), iso(r.createdAt()),
                    r.createdBy(), warnings.isEmpty() ? null : warnings.stream().map(Diagnostic::message).toList());
        }
    }

    /**
     * A workflow move.
     *
     * @param version the version after it
     * @param from    the state before
     * @param to      the state after (the same when an approval did not yet meet the policy)
     * @param outcome for a review decision, the outcome after it
     */
    public record MovedJson(VersionJson version, String from, String to, OutcomeJson outcome) {
        /** The JSON form of {@code m}. */
        public static MovedJson of(Moved m) {
            return new MovedJson(VersionJson.of(m.version()), m.from().id(), m.to().id(),
                    m.outcome() == null ? null : OutcomeJson.of(m.outcome()));
        }
    }

    /**
     * A review decision.
     *
     * @param reviewer who
     * @param role     the review role, if any
     * @param decision approve or request_changes
     * @param comment  the comment, if any
     * @param at       when
     * @param revision the revision decided on
     */
    public record ReviewJson(String reviewer, String role, String decision, String comment, String at, String revision) {
        /** The JSON form of {@code r}. */
        public static ReviewJson of(Review r) {
            return new ReviewJson(r.reviewer(), r.role(), id(r.decision()), r.comment(), iso(r.at()), iso(r.revision()));
        }
    }

    /**
     * A comment.
     *
     * @param id       its id
     * @param author   who wrote it
     * @param revision the revision it was written on
     * @param pointer  the field it is anchored to, if any
     * @param section  the section it is anchored to, if any
     * @param parent   the comment it replies to, if any
     * @param text     the text
     * @param resolved whether it is resolved
     * @param at       when
     */
    public record CommentJson(long id, String author, String revision, String pointer, String section, Long parent,
                              String text, boolean resolved, String at) {
        /** The JSON form of {@code c}. */
        public static CommentJson of(Comment c) {
            return new CommentJson(c.id(), c.author(), iso(c.revision()), c.pointer(), c.section(), c.parentId(), c.text(),
                    c.resolved(), iso(c.at()));
        }
    }

    /**
     * An audit entry, with the exact event text its hash covers so that a client can recompute the chain.
     *
     * @param seq       its sequence number
     * @param event     the event
     * @param eventJson the event's canonical JSON text, as hashed
     * @param prevHash  the previous entry's hash
     * @param hash      this entry's hash
     */
    public record AuditEntryJson(long seq, JsonNode event, String eventJson, String prevHash, String hash) {
        /** The JSON form of {@code e}; {@code event} is its event JSON parsed. */
        public static AuditEntryJson of(AuditEntry e, JsonNode event) {
            return new AuditEntryJson(e.seq(), event, e.eventJson(), e.prevHash(), e.hash());
        }
    }

    /**
     * A signed checkpoint of the audit chain.
     *
     * @param instance  the registry instance
     * @param seq       the head's sequence number
     * @param hash      the head's hash
     * @param keyName   the signing key's name
     * @param signature the signature
     * @param note      the whole signed note, as {@code audit verify --checkpoint} reads it
     */
    public record CheckpointJson(String instance, long seq, String hash, String keyName, String signature, String note) {
        /** The JSON form of {@code c}. */
        public static CheckpointJson of(Checkpoint c) {
            return new CheckpointJson(c.instance(), c.seq(), c.hash(), c.keyName(), c.signature(), c.note());
        }
    }

    /**
     * A user.
     *
     * @param name      the name
     * @param role      viewer, author, reviewer or admin
     * @param createdAt when it was added
     * @param disabled  whether its tokens are refused
     */
    public record UserJson(String name, String role, String createdAt, boolean disabled) {
        /** The JSON form of {@code u}. */
        public static UserJson of(User u) {
            return new UserJson(u.name(), u.role().id(), iso(u.createdAt()), u.disabled());
        }
    }

    /**
     * A token just issued: the one response that carries a token's text, which the client shows once.
     *
     * @param id        its id, to revoke it
     * @param user      the user it authenticates
     * @param expiresAt when it expires, absent for never
     * @param token     the token text
     */
    public record TokenJson(long id, String user, String expiresAt, String token) {
        /** The JSON form of {@code t}. */
        public static TokenJson of(NewToken t) {
            return new TokenJson(t.id(), t.user(), iso(t.expiresAt()), t.token());
        }

        /** Leaves the token text out, as {@link NewToken#toString()} does. */
        @Override
        public String toString() {
            return "TokenJson[id=" + id + ", user=" + user + ", expiresAt=" + expiresAt + "]";
        }
    }
}
