package io.modelcards.registry.search;

import io.modelcards.card.ModelCard;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Catalog writes as the registry makes them for search tests: each in one transaction with an audit entry naming the
 * version it changed, each a minute after the one before.
 */
final class Writes {
    static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    private final Database db;
    private int tick;

    Writes(Database db) {
        this.db = db;
    }

    /** Uploads {@code card} as {@code model}'s {@code version} (created when missing), audited. */
    void put(String model, String version, ModelCard card) {
        Clock clock = Clock.fixed(T0.plusSeconds(60L * tick++), ZoneOffset.UTC);
        Catalog catalog = new Catalog(db, clock);
        if (catalog.model(model).isEmpty()) {
            catalog.createModel(model, "ann");
        }
        if (catalog.version(model, version).isEmpty()) {
            catalog.createVersion(model, version, "ann");
        }
        db.jdbi().useTransaction(h -> {
            catalog.within(h).upload(model, version, card, "ann", null);
            audit(h, clock, model, version);
        });
    }

    /** Appends an audit entry naming {@code model}'s {@code version} in the transaction of {@code h}. */
    static void audit(Handle h, Clock clock, String model, String version) {
        StoredAuditLog.within(h).append(new AuditChain(clock),
                AuditEvent.draft("ann", Action.CARD_CREATED).withSubject(new Subject(model, version, null)));
    }
}
