package io.modelcards.registry.audit;

import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Audit chains for tests: five fixed events, and seeded random ones. */
final class Chains {
    static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");
    static final String REV = "sha256:" + "0123456789abcdef".repeat(4);

    private Chains() {}

    /** A clock fixed at {@link #T0} plus {@code seconds}. */
    static Clock at(long seconds) {
        return Clock.fixed(T0.plusSeconds(seconds), ZoneOffset.UTC);
    }

    /** Five fixed events taking a card from creation to publication, one second apart. */
    static List<AuditEntry> golden() {
        Subject card = new Subject("sentiment", "1.0.0", REV);
        List<AuditEvent.Draft> drafts = List.of(
                AuditEvent.draft("alice", Action.CARD_CREATED).withSubject(new Subject("sentiment", "1.0.0", null))
                        .withTransition(null, State.DRAFT),
                AuditEvent.draft("alice", Action.REVISION_UPLOADED).withSubject(card).withDetail("format", "readme")
                        .withDetail("bytes", 18_204),
                AuditEvent.draft("alice", Action.CARD_SUBMITTED).withSubject(card).withTransition(State.DRAFT, State.IN_REVIEW)
                        .withDetail("score", 0.875),
                AuditEvent.draft("bob", Action.REVIEW_APPROVED).withSubject(card).withTransition(State.IN_REVIEW, State.APPROVED)
                        .withDetail("comment", "Looks right \u2014 ship it.").withDetail("approvals", 1),
                AuditEvent.draft("carol", Action.CARD_PUBLISHED).withSubject(card).withTransition(State.APPROVED, State.PUBLISHED)
                        .withDetail("rows_seen", "9007199254740993").withDetail("gate", true));
        List<AuditEntry> out = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 0; i < drafts.size(); i++) {
            AuditEntry e = new AuditChain(at(i)).next(head, drafts.get(i));
            out.add(e);
            head = e.head();
        }
        return out;
    }

    /** A chain of {@code n} varied events drawn from {@code random}. */
    static List<AuditEntry> random(Random random, int n) {
        InMemoryAuditLog log = new InMemoryAuditLog();
        Action[] actions = Action.values();
        State[] states = State.values();
        for (int i = 0; i < n; i++) {
            AuditEvent.Draft d = AuditEvent.draft("user" + random.nextInt(5), actions[random.nextInt(actions.length)])
                    .withSubject(new Subject("model" + random.nextInt(3), "1." + random.nextInt(4) + ".0", REV))
                    .withTransition(states[random.nextInt(states.length)], states[random.nextInt(states.length)])
                    .withDetail("n", random.nextInt(1000)).withDetail("note", "event " + i);
            log.append(new AuditChain(at(i)), d);
        }
        try (var s = log.entries()) {
            return s.toList();
        }
    }
}
