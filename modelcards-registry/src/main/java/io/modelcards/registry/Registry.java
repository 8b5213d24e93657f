package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.AuditLog;
import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.audit.CheckpointStore;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.audit.StoredChainVerifier;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.NewToken;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.Tokens;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.auth.Users;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.catalog.CatalogException;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.catalog.ModelEntry;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.catalog.VersionRows;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.gate.GateDecision;
import io.modelcards.registry.gate.GatePolicy;
import io.modelcards.registry.review.Comment;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.review.Review;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.review.ReviewStore;
import io.modelcards.registry.search.IndexInUseException;
import io.modelcards.registry.search.SearchHit;
import io.modelcards.registry.search.SearchIndex;
import io.modelcards.registry.search.SearchQuery;
import io.modelcards.registry.workflow.Workflow;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The model-card registry: each write is one transaction that checks the caller, moves the workflow, and appends its
 * audit entry; nothing is half-done after a failure or a crash.
 *
 * <p>Every write takes the authenticated {@link User} and checks, besides what the server's route table checked: the
 * role's capability, ownership (authors act only on models they created, admins on any), the transition table's state
 * and roles, and the caller's {@code ifMatch} (the revision hash it last read; null to skip). Refusals are
 * {@link RegistryException}s: a move the state does not allow is {@code CONFLICT} ({@code workflow/not-allowed}), a
 * stale {@code ifMatch} {@code PRECONDITION_FAILED} ({@code catalog/stale-revision}). Writes of one version queue on its
 * row, and every write on the audit chain's head (each first in this process, {@link WriteLocks}), so racing writers
 * never lose an update or fork the chain.
 */
public final class Registry implements AutoCloseable {
    /** The search index's folder in the home folder. */
    public static final String SEARCH_FOLDER = "search-index";
    /** How long a read kept in memory may be served at most (1 s), however the database was changed. */
    private static final long MEMO_AGE_NANOS = 1_000_000_000L;
    /** How many answers each kind of read keeps in memory at most. */
    private static final int MEMO_ENTRIES = 10_000;

    private final RegistryConfig config;
    private final Database database;
    private final Parts parts;
    private final Users users;
    private final Tokens tokens;
    private final Signer signer;
    private final Writes writes;
    private final Transitions transitions;
    private final Admin admin;
    private final Memo<String, Optional<Tokens.Accepted>> accepted;
    private final Memo<VersionKey, Optional<VersionEntry>> versions;
    /** Opened by the first search, so that commands which never search do not take the index folder's lock. */
    private SearchIndex searchIndex;

    /** A version as a lookup names it: the model and the version or {@code latest}/{@code latest-published}. */
    private record VersionKey(String model, String ref) {}

    /** What each transaction builds its stores from. */
    record Parts(Catalog catalog, AuditChain chain, Clock clock, RevisionCards cards) {}

    private Registry(RegistryConfig config, Database database, Signer signer) {
        this.config = config;
        this.database = database;
        this.parts = new Parts(new Catalog(database, config.clock()), new AuditChain(config.clock()),
                config.clock(), new RevisionCards());
        this.users = new Users(database, config.clock());
        this.tokens = new Tokens(database, config.clock());
        this.signer = signer;
        this.writes = new Writes(database.jdbi(), parts);
        this.transitions = new Transitions(config, signer);
        this.admin = new Admin(users, tokens);
        Generation generation = new Generation(writes::committed, () -> new StoredAuditLog(database).head().seq());
        // A token's acceptance changes only with users and tokens: other writes of this process leave it in memory.
        this.accepted = new Memo<>(new Generation(admin::changes, () -> new StoredAuditLog(database).head().seq()), MEMO_AGE_NANOS,
                MEMO_ENTRIES);
        this.versions = new Memo<>(generation, MEMO_AGE_NANOS, MEMO_ENTRIES);
    }

    /**
     * Opens the registry: its database (migrated to this build's schema; the embedded H2 file in the home folder when
     * the config names no URL) and its checkpoint signing key (created owner-only on first open).
     */
    public static Registry open(RegistryConfig config) {
        Signer signer = Signer.open(config.keyFile());
        Database db = config.jdbcUrl() == null ? Database.embedded(config.home()) : Database.open(config.jdbcUrl());
        return new Registry(config, db, signer);
    }

    /**
     * The catalog, for reads (listings, cards, revisions); its refusals become registry ones by
     * {@link RegistryException#of(CatalogException)}.
     */
    public Catalog catalog() {
        return parts.catalog();
    }

    /** The registry's users, for reads and for the first admin; {@link #addUser} audits an admin's additions. */
    public Users users() {
        return users;
    }

    /** The registry's API tokens, for authentication and the first admin's token; {@link #issueToken} audits issuing. */
    public Tokens tokens() {
        return tokens;
    }

    /** The clock every stored time is stamped with. */
    public Clock clock() {
        return config.clock();
    }

    /** The configuration it was opened with. */
    public RegistryConfig config() {
        return config;
    }

    /** The public key that verifies this registry's checkpoints (kept in {@code <keyFile>.pub}). */
    public PublicKey publicKey() {
        return signer.publicKey();
    }

    /** Creates the model {@code name}, owned by {@code actor} (an author or admin). */
    public ModelEntry createModel(User actor, String name) {
        return writes.run(tx -> {
            Access.require(actor, Capability.AUTHOR, "models/" + name);
            ModelEntry m = tx.catalog().createModel(name, actor.name());
            tx.append(Events.model(actor, Action.MODEL_CREATED, name));
            return m;
        });
    }

    /**
     * Creates {@code version} of {@code model} as a draft (the model's owner or an admin). When the model has a
     * published or deprecated version, the newest one's current revision is recorded as the new version's base: its first
     * upload is merged into that card, and an edit before any upload starts from it.
     */
    public VersionEntry createVersion(User actor, String model, String version) {
        return writes.run(tx -> {
            Access.author(actor, tx.versions().owner(model), "models/" + model);
            VersionEntry created = tx.catalog().createVersion(model, version, actor.name());
            LockedVersion v = tx.lock(model, version);
            Optional<ContentHash> base = tx.versions().releasedBase(model);
            AuditEvent.Draft event = Events.version(actor, Action.CARD_CREATED, v).withTransition(null, created.state());
            if (base.isPresent()) {
                tx.versions().recordBase(v.id(), base.get());
                event = event.withDetail("base", base.get().toString());
            }
            tx.append(event);
            return created;
        });
    }

    /**
     * Makes {@code card} the version's current revision; allowed in draft and changes requested. The first upload to a
     * version with a base is merged into the base card (people's text kept, captured values current, text on changed
     * facts flagged stale); later uploads replace the card. Uploading the current card again changes nothing.
     */
    public Upload upload(User actor, String model, String version, ModelCard card, ContentHash ifMatch) {
        return writes.run(tx -> CardWrites.upload(tx, actor, model, version, card, ifMatch));
    }

    /**
     * Applies {@code edits} in order to the version's card (or, before any upload, to its base card) as one new revision,
     * each value recorded as written by {@code actor} now; every refused edit is reported and none is applied. Setting a
     * value to what it already is confirms it: see {@link FieldEdit}.
     */
    public Revision edit(User actor, String model, String version, List<FieldEdit> edits, ContentHash ifMatch) {
        return writes.run(tx -> CardWrites.edit(tx, actor, model, version, List.copyOf(edits), ifMatch));
    }

    /**
     * Sends the version to review after the config's rule packs pass on its card: every error is returned as an
     * {@code INVALID} refusal and nothing changes; warnings are counted in the audit entry.
     */
    public Moved submit(User actor, String model, String version, ContentHash ifMatch) {
        return writes.run(tx -> transitions.submit(tx, actor, model, version, ifMatch));
    }

    /**
     * Records a reviewer's decision on the current revision. A change request (which needs a comment) moves the version
     * to changes requested; an approval moves it to approved only when {@link ReviewOutcome} says the policy is met.
     * An author approving a revision they wrote is {@code FORBIDDEN}; an unknown review role is {@code INVALID}.
     *
     * @param role the review role decided in (one of the policy's roles), or null
     */
    public Moved review(User actor, String model, String version, Decision decision, String comment, String role,
            ContentHash ifMatch) {
        return writes.run(tx -> transitions.review(tx, actor, model, version, decision, comment, role, ifMatch));
    }

    /** Publishes the approved version and, in the same transaction, signs and stores a checkpoint of the audit head. */
    public Moved publish(User actor, String model, String version, ContentHash ifMatch) {
        return writes.run(tx -> transitions.publish(tx, actor, model, version, ifMatch));
    }

    /** Deprecates the published version. */
    public Moved deprecate(User actor, String model, String version, ContentHash ifMatch) {
        return writes.run(tx -> transitions.deprecate(tx, actor, model, version, ifMatch));
    }

    /** Archives the version (from any state but published). */
    public Moved archive(User actor, String model, String version, ContentHash ifMatch) {
        return writes.run(tx -> transitions.archive(tx, actor, model, version, ifMatch));
    }

    /** Adds a comment to the version's current revision (reviewers on any model, authors on their own, admins). */
    public Comment comment(User actor, String model, String version, NewComment comment) {
        return writes.run(tx -> Discussion.comment(tx, actor, model, version, comment));
    }

    /** Marks comment {@code commentId} of the version resolved; resolving it again changes nothing. */
    public Comment resolveComment(User actor, String model, String version, long commentId) {
        return writes.run(tx -> Discussion.resolve(tx, actor, model, version, commentId));
    }

    /** Signs and stores a checkpoint of the audit chain's head now, after a {@code checkpoint.signed} entry (admins). */
    public Checkpoint checkpoint(User actor) {
        return writes.run(tx -> Checkpoints.onRequest(tx, actor, signer));
    }

    /** Adds the enabled user {@code name} with {@code role} (admins), audited as {@code user.created}. */
    public User addUser(User actor, String name, Role role) {
        return writes.run(tx -> admin.addUser(tx, actor, name, role));
    }

    /**
     * Issues a token for {@code user} valid until {@code expiresAt} (null: until revoked; admins), audited as
     * {@code token.created} with its id, never its text.
     */
    public NewToken issueToken(User actor, String user, Instant expiresAt) {
        return writes.run(tx -> admin.issueToken(tx, actor, user, expiresAt));
    }

    /** Revokes token {@code id} (admins), audited as {@code token.revoked}; false when it was unknown or already revoked. */
    public boolean revokeToken(User actor, long id) {
        return writes.run(tx -> admin.revokeToken(tx, actor, id));
    }

    /**
     * The user the API token {@code presented} authenticates (see {@link Tokens#authenticate}). A token accepted before
     * is accepted again from memory, without a database read, while no change to users or tokens has committed since (see
     * {@link Generation}: a revocation here ends it at once, one by another server on the same database within 100 ms)
     * and for at most a second; its expiry is checked each time.
     */
    public Optional<User> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Optional<Tokens.Accepted> token = accepted.get(Tokens.fingerprint(presented), k -> tokens.accept(presented));
        return token.filter(t -> t.liveAt(config.clock().instant())).map(Tokens.Accepted::user);
    }

    /**
     * The version {@code versionRef} of {@code model} ({@code latest} and {@code latest-published} allowed): its state
     * and current revision, from memory while no write has committed since it was read (as {@link #authenticate}
     * keeps tokens); {@code NOT_FOUND} when there is no such model or version.
     */
    public VersionEntry version(String model, String versionRef) {
        return versions.get(new VersionKey(model, versionRef), k -> catalog().version(model, versionRef))
                .orElseThrow(() -> missing(model, versionRef));
    }

    /**
     * The version {@code versionRef} of {@code model} ({@code latest} and {@code latest-published} allowed), the model's
     * owner, the actions its state allows, and the outcome of its current revision's reviews.
     */
    public VersionView view(String model, String versionRef) {
        VersionEntry entry = catalog().version(model, versionRef).orElseThrow(() -> missing(model, versionRef));
        return read(h -> {
            VersionRows rows = new VersionRows(h);
            LockedVersion v = rows.find(model, entry.version());
            ReviewOutcome outcome = null;
            if (v.current() != null) {
                // The current revision's hash is known: the outcome need not hash the card again.
                ModelCard card = rows.revision(v.current()).orElseThrow().card();
                outcome = ReviewOutcome.of(config.policy(), rows.authors(v), new ReviewStore(h).reviews(v.id()), v.current(), card);
            }
            return new VersionView(entry, v.owner(), Workflow.allowed(entry.state()), outcome);
        });
    }

    /**
     * What {@link #submit} would find in the version's current card now: every rule-pack finding, errors (which refuse
     * the submit) and warnings, by the same checks; empty before the first upload. {@code NOT_FOUND} as {@link #version}.
     */
    public List<Diagnostic> submitChecks(String model, String versionRef) {
        VersionEntry entry = version(model, versionRef);
        if (entry.currentRevision() == null) {
            return List.of();
        }
        ModelCard card = catalog().revision(entry.currentRevision()).orElseThrow().card();
        return Transitions.checks(config, card, "models/" + model + "/versions/" + entry.version());
    }

    /** The audit chain's head as committed now: its last entry's seq and hash (seq 0 for an empty chain). */
    public ChainHead auditHead() {
        return new StoredAuditLog(database).head();
    }

    /** Every review of the version, in the order made. */
    public List<Review> reviews(String model, String version) {
        return read(h -> new ReviewStore(h).reviews(new VersionRows(h).find(model, version).id()));
    }

    /** Every comment on the version, in the order written. */
    public List<Comment> comments(String model, String version) {
        return read(h -> new ReviewStore(h).comments(new VersionRows(h).find(model, version).id()));
    }

    /** Every stored checkpoint, oldest first. */
    public List<Checkpoint> checkpoints() {
        return read(h -> new CheckpointStore(h).all().stream().map(s -> {
            try {
                return Checkpoint.parse(s.note());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the stored checkpoint of entry " + s.seq() + " no longer reads (run audit verify): "
                        + e.getMessage(), e);
            }
        }).toList());
    }

    /** The audit entries from {@code fromSeq} to {@code toSeq}, both included, in seq order; the caller closes the stream. */
    public Stream<AuditEntry> audit(long fromSeq, long toSeq) {
        return new StoredAuditLog(database).entries(fromSeq, toSeq);
    }

    /**
     * Recomputes the stored audit chain, checks every stored checkpoint against it and that it ends at the head the
     * registry recorded; names the first bad entry.
     */
    public Verification verifyAudit() {
        return verifyAudit(entry -> { });
    }

    /**
     * {@link #verifyAudit()}, showing {@code reader} each entry as the verification reads it, before checking it: in seq
     * order up to the first bad one, included (an entry a checkpoint names may be shown again when its hash is checked).
     */
    Verification verifyAudit(Consumer<AuditEntry> reader) {
        return read(h -> {
            // Checkpoints, then the head, then the entries up to it: what commits meanwhile is left for the next run.
            List<CheckpointStore.Stored> stored = new CheckpointStore(h).all();
            AuditLog log = new ReadAlong(StoredAuditLog.within(h), reader);
            return StoredChainVerifier.verify(log, stored, signer.publicKey(), log.head());
        });
    }

    /**
     * The deployment gate: whether {@code versionRef} of {@code model} may be used under {@code policy}. It passes only
     * when the version is in the state the policy requires, its current card is the revision that was approved, the
     * audit chain verifies, and the policy's conditions on the card hold; otherwise every reason is listed. Each
     * decision is recorded in the audit chain ({@code gate.allowed} or {@code gate.denied}). Any caller who may read.
     * It reads the whole chain, once: only a chain that verifies from its first entry proves that the approval entry the
     * gate relies on is untampered.
     */
    public GateDecision gate(User actor, String model, String versionRef, GatePolicy policy) {
        Access.require(actor, Capability.READ, "models/" + model);
        VersionEntry entry = catalog().version(model, versionRef).orElseThrow(() -> missing(model, versionRef));
        GateDecision decision = Gates.decide(this, entry, policy);
        writes.run(tx -> tx.append(Gates.event(actor, entry, policy, decision)));
        return decision;
    }

    /**
     * The versions whose current cards match {@code query}, a page at a time, seeing every write committed before the
     * call (see {@link SearchIndex}). The first search opens the index in {@value #SEARCH_FOLDER} under the home folder
     * (in memory for an in-memory database); another registry holding that folder is {@code CONFLICT}.
     */
    public Page<SearchHit> search(SearchQuery query) {
        return searchIndex().search(query);
    }

    private synchronized SearchIndex searchIndex() {
        if (searchIndex == null) {
            Path folder = database.url().startsWith("jdbc:h2:mem:") ? null : config.home().resolve(SEARCH_FOLDER);
            try {
                searchIndex = SearchIndex.open(database, folder);
            } catch (IndexInUseException e) {
                throw RegistryException.of(Kind.CONFLICT, SEARCH_FOLDER, "search/index-in-use", e.getMessage());
            }
        }
        return searchIndex;
    }

    /** Saves the search index (when a search opened it) and closes the database. */
    @Override
    public void close() {
        try {
            synchronized (this) {
                if (searchIndex != null) {
                    searchIndex.close();
                }
            }
        } finally {
            database.close();
        }
    }

    /** The database, for this package's tests. */
    Database database() {
        return database;
    }

    /** The parsed cards the writes keep, for this package's tests. */
    RevisionCards cards() {
        return parts.cards();
    }

    /** Sets what runs just before each write commits; a test injects a failure there. */
    void beforeCommit(Runnable hook) {
        writes.beforeCommit(hook);
    }

    private <T> T read(Function<Handle, T> work) {
        try {
            return database.jdbi().withHandle(work::apply);
        } catch (CatalogException e) {
            throw RegistryException.of(e);
        }
    }

    private RegistryException missing(String model, String ref) {
        if (catalog().model(model).isEmpty()) {
            return RegistryException.of(Kind.NOT_FOUND, "models/" + model, "catalog/unknown-model", "there is no model '" + model
                    + "': create it first, or list the models to find its name");
        }
        return RegistryException.of(Kind.NOT_FOUND, "models/" + model + "/versions/" + ref, "catalog/unknown-version", "model '"
                + model + "' has no version " + ref + ": create it first, or list the model's versions");
    }
}
