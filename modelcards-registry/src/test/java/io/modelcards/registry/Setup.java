package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * A registry on a test database with one user of each kind: authors ann and bob, reviewers rita and rex, viewer vic and
 * admin ada; and the steps that bring a version to each state.
 */
final class Setup implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    final Registry registry;
    final User ann;
    final User bob;
    final User rita;
    final User rex;
    final User vic;
    final User ada;

    private Setup(Registry registry) {
        this.registry = registry;
        this.ann = registry.users().add("ann", Role.AUTHOR);
        this.bob = registry.users().add("bob", Role.AUTHOR);
        this.rita = registry.users().add("rita", Role.REVIEWER);
        this.rex = registry.users().add("rex", Role.REVIEWER);
        this.vic = registry.users().add("vic", Role.VIEWER);
        this.ada = registry.users().add("ada", Role.ADMIN);
    }

    /** A registry on {@code db} with its home (and key) in {@code home}, the fixed clock, and the default settings. */
    static Setup open(TestDatabase db, Path home) {
        return open(db, home, c -> c);
    }

    /** As {@link #open(TestDatabase, Path)}, with the configuration changed by {@code change}. */
    static Setup open(TestDatabase db, Path home, UnaryOperator<RegistryConfig> change) {
        RegistryConfig config = RegistryConfig.defaults(home).withJdbcUrl(db.jdbcUrl()).withClock(CLOCK);
        return new Setup(Registry.open(change.apply(config)));
    }

    /** The example card, which passes every default rule pack, with {@code summary} so that each variant has its own hash. */
    static ModelCard card(String summary) {
        ModelCard card = Fixtures.card("classifier-sentiment");
        return card.withDetails(card.details().withSummary(summary));
    }

    /** Model {@code model} owned by ann with version {@code version} holding a card: a draft. */
    ContentHash draft(String model, String version) {
        if (registry.catalog().model(model).isEmpty()) {
            registry.createModel(ann, model);
        }
        registry.createVersion(ann, model, version);
        return registry.upload(ann, model, version, card(model + " " + version), null).revision().hash();
    }

    /** As {@link #draft}, then submitted: in review. */
    ContentHash inReview(String model, String version) {
        ContentHash hash = draft(model, version);
        registry.submit(ann, model, version, hash);
        return hash;
    }

    /** As {@link #inReview}, then approved by rita. */
    ContentHash approved(String model, String version) {
        ContentHash hash = inReview(model, version);
        registry.review(rita, model, version, Decision.APPROVE, null, null, hash);
        return hash;
    }

    /** As {@link #approved}, then published by ann. */
    ContentHash published(String model, String version) {
        ContentHash hash = approved(model, version);
        registry.publish(ann, model, version, hash);
        return hash;
    }

    @Override
    public void close() {
        registry.close();
    }
}
