package io.modelcards.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class CatalogTest {
    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @StorageTest
    void aCreatedModelIsFoundWithItsCreatorAndTime(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("sentiment-sgd", "ann");
        assertThat(catalog.model("sentiment-sgd")).contains(new ModelEntry("sentiment-sgd", T0, "ann"));
    }

    @StorageTest
    void aModelNameOutsideTheRuleIsRefusedAsABadName(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        assertThatThrownBy(() -> catalog.createModel("Sentiment SGD", "ann")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.problem().format()).isEqualTo("models/Sentiment SGD:0:0: error: 'Sentiment SGD' is not a model name:"
                        + " use 1 to 100 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit [catalog/bad-name]"));
        assertThat(catalog.models(null, 10).items()).isEmpty();
    }

    @StorageTest
    void aSecondModelOfTheSameNameIsRefused(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        assertThatThrownBy(() -> catalog.createModel("m", "bob")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.code()).isEqualTo("catalog/duplicate-model"));
    }

    @StorageTest
    void aVersionOfAnUnknownModelIsRefusedNamingTheModel(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        assertThatThrownBy(() -> catalog.createVersion("nope", "1.0.0", "ann")).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.code()).isEqualTo("catalog/unknown-model");
            assertThat(e.getMessage()).contains("there is no model 'nope'");
        });
    }

    @StorageTest
    void aNewVersionIsADraftWithoutACard(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        VersionEntry v = catalog.createVersion("m", "1.0.0", "ann");
        assertThat(v).isEqualTo(new VersionEntry("m", "1.0.0", State.DRAFT, null, T0, "ann"));
        assertThat(catalog.card("m", "1.0.0")).isEmpty();
    }

    @StorageTest
    void theWordsThatStandForAVersionCannotNameOne(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        assertThatThrownBy(() -> catalog.createVersion("m", "latest", "ann")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.code()).isEqualTo("catalog/bad-name"));
        assertThatThrownBy(() -> catalog.createVersion("m", "1.0 beta", "ann")).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.code()).isEqualTo("catalog/bad-name"));
    }

    @StorageTest
    void anUploadedCardIsTheCurrentRevisionAddressedByItsContentHash(Database db) {
        Catalog catalog = versionReady(db);
        ModelCard card = Cards.sentiment();
        Revision r = catalog.upload("m", "1.0.0", card, "ann");
        assertThat(r.hash()).isEqualTo(ContentHash.of(card));
        assertThat(r.cardJson()).isEqualTo(CardCodec.toJson(card));
        assertThat(r.parent()).isNull();
        assertThat(catalog.version("m", "1.0.0").orElseThrow().currentRevision()).isEqualTo(r.hash());
        assertThat(catalog.card("m", "1.0.0")).contains(r);
    }

    @StorageTest
    void theSameCardUploadedTwiceIsTheSameRevision(Database db) {
        Catalog catalog = versionReady(db);
        Revision first = catalog.upload("m", "1.0.0", Cards.sentiment(), "ann");
        Revision again = catalog.upload("m", "1.0.0", Cards.sentiment(), "bob");
        assertThat(again).isEqualTo(first);
        assertThat(revisionRows(db)).isEqualTo(1);
    }

    @StorageTest
    void anEditIsANewRevisionWhoseParentIsThePreviousOne(Database db) {
        Catalog catalog = versionReady(db);
        Revision first = catalog.upload("m", "1.0.0", Cards.sentiment("one"), "ann");
        Revision second = catalog.upload("m", "1.0.0", Cards.sentiment("two"), "ann");
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(second.parent()).isEqualTo(first.hash());
        assertThat(catalog.card("m", "1.0.0").orElseThrow().hash()).isEqualTo(second.hash());
        assertThat(catalog.revision(first.hash())).contains(first);
    }

    @StorageTest
    void aRevisionFetchedByItsHashGivesBackTheSameCard(Database db) {
        Catalog catalog = versionReady(db);
        Revision r = catalog.upload("m", "1.0.0", Cards.sentiment(), "ann");
        ModelCard back = catalog.revision(r.hash()).orElseThrow().card();
        assertThat(ContentHash.of(back)).isEqualTo(r.hash());
    }

    @StorageTest
    void anUnknownHashFindsNoRevision(Database db) {
        Catalog catalog = versionReady(db);
        assertThat(catalog.revision(new ContentHash("0".repeat(64)))).isEmpty();
    }

    @StorageTest
    void latestIsTheNewestVersionByCreation(Database db) {
        Catalog catalog = versionReady(db);
        catalog.createVersion("m", "0.9.0", "ann");
        assertThat(catalog.version("m", VersionRef.LATEST).orElseThrow().version()).isEqualTo("0.9.0");
    }

    @StorageTest
    void latestPublishedIsTheNewestVersionInThePublishedState(Database db) {
        Catalog catalog = versionReady(db);
        catalog.createVersion("m", "1.1.0", "ann");
        catalog.createVersion("m", "1.2.0", "ann");
        assertThat(catalog.version("m", VersionRef.LATEST_PUBLISHED)).isEmpty();
        publish(db, catalog, "1.0.0");
        publish(db, catalog, "1.1.0");
        assertThat(catalog.version("m", VersionRef.LATEST_PUBLISHED).orElseThrow().version()).isEqualTo("1.1.0");
        assertThat(catalog.version("m", VersionRef.LATEST).orElseThrow().version()).isEqualTo("1.2.0");
    }

    @StorageTest
    void aStateChangesOnlyFromTheStateTheCallerExpects(Database db) {
        Catalog catalog = versionReady(db);
        boolean first = db.jdbi().inTransaction(h -> catalog.within(h).setState("m", "1.0.0", State.DRAFT, State.IN_REVIEW));
        boolean second = db.jdbi().inTransaction(h -> catalog.within(h).setState("m", "1.0.0", State.DRAFT, State.ARCHIVED));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(catalog.version("m", "1.0.0").orElseThrow().state()).isEqualTo(State.IN_REVIEW);
    }

    @StorageTest
    void anApprovedVersionRefusesANewCardAndKeepsItsOwn(Database db) {
        Catalog catalog = versionReady(db);
        Revision approved = catalog.upload("m", "1.0.0", Cards.sentiment("approved"), "ann");
        db.jdbi().useTransaction(h -> catalog.within(h).setState("m", "1.0.0", State.DRAFT, State.APPROVED));
        assertThatThrownBy(() -> catalog.upload("m", "1.0.0", Cards.sentiment("sneaky"), "ann"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/frozen"));
        assertThat(catalog.card("m", "1.0.0").orElseThrow().hash()).isEqualTo(approved.hash());
        assertThat(revisionRows(db)).isEqualTo(1);
    }

    @StorageTest
    void anUploadBasedOnAStaleRevisionIsRefusedAndChangesNothing(Database db) {
        Catalog catalog = versionReady(db);
        Revision base = catalog.upload("m", "1.0.0", Cards.sentiment("base"), "ann");
        Revision theirs = catalog.upload("m", "1.0.0", Cards.sentiment("theirs"), "bob", base.hash());
        assertThatThrownBy(() -> catalog.upload("m", "1.0.0", Cards.sentiment("mine"), "ann", base.hash()))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/stale-revision"));
        assertThat(catalog.card("m", "1.0.0").orElseThrow().hash()).isEqualTo(theirs.hash());
        assertThat(revisionRows(db)).isEqualTo(2);
    }

    @StorageTest
    void anUploadThatFailsLaterInItsTransactionLeavesNothing(Database db) {
        Catalog catalog = versionReady(db);
        assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
            catalog.within(h).upload("m", "1.0.0", Cards.sentiment(), "ann", null);
            throw new IllegalStateException("the audit append failed");
        })).hasMessage("the audit append failed");
        assertThat(revisionRows(db)).isZero();
        assertThat(catalog.version("m", "1.0.0").orElseThrow().currentRevision()).isNull();
    }

    @StorageTest
    void anUploadToAnUnknownVersionIsRefused(Database db) {
        Catalog catalog = versionReady(db);
        assertThatThrownBy(() -> catalog.upload("m", "9.9.9", Cards.sentiment(), "ann"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/unknown-version"));
    }

    private static Catalog versionReady(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        catalog.createVersion("m", "1.0.0", "ann");
        return catalog;
    }

    private static void publish(Database db, Catalog catalog, String version) {
        db.jdbi().useTransaction(h -> catalog.within(h).setState("m", version, State.DRAFT, State.PUBLISHED));
    }

    private static long revisionRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM revisions").mapTo(Long.class).one());
    }
}
