package io.modelcards.registry.audit;

import io.modelcards.registry.workflow.State;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Edits of one audit event's fields, as someone with write access to the table might make them. */
final class Tamper {
    /** How many different field edits {@link #editEvent} knows. */
    static final int FIELD_EDITS = 8;

    private Tamper() {}

    /** {@code e} with edit number {@code which} (below {@link #FIELD_EDITS}) applied to a field other than its seq. */
    static AuditEvent editEvent(AuditEvent e, int which, Random random) {
        Map<String, Object> details = new HashMap<>(e.details());
        return switch (which) {
            case 0 -> with(e, e.at().replace("05:", "06:"), e.actor(), e.action(), e.subject(), e.fromState(), e.toState(), details);
            case 1 -> with(e, e.at(), e.actor() + "x", e.action(), e.subject(), e.fromState(), e.toState(), details);
            case 2 -> with(e, e.at(), e.actor(), other(e.action(), Action.values(), random), e.subject(), e.fromState(), e.toState(),
                    details);
            case 3 -> with(e, e.at(), e.actor(), e.action(), new Subject("other", e.subject().version(), e.subject().revision()),
                    e.fromState(), e.toState(), details);
            case 4 -> with(e, e.at(), e.actor(), e.action(), e.subject(), other(e.fromState(), State.values(), random), e.toState(),
                    details);
            case 5 -> with(e, e.at(), e.actor(), e.action(), e.subject(), e.fromState(), other(e.toState(), State.values(), random),
                    details);
            case 6 -> {
                details.put("n", ((Long) details.get("n")) + 1);
                yield with(e, e.at(), e.actor(), e.action(), e.subject(), e.fromState(), e.toState(), details);
            }
            default -> {
                details.put(random.nextBoolean() ? "note" : "added", "forged");
                yield with(e, e.at(), e.actor(), e.action(), e.subject(), e.fromState(), e.toState(), details);
            }
        };
    }

    /** {@code e} moved to {@code seq}. */
    static AuditEvent renumber(AuditEvent e, long seq) {
        return new AuditEvent(seq, e.at(), e.actor(), e.action(), e.subject(), e.fromState(), e.toState(), e.details());
    }

    /** The chain {@code entries} re-linked from index {@code from} on, as an attacker who rewrites the tail would. */
    static void relink(List<AuditEntry> entries, int from) {
        for (int i = from; i < entries.size(); i++) {
            String prev = i == 0 ? ChainHead.GENESIS_HASH : entries.get(i - 1).hash();
            entries.set(i, AuditChain.link(prev, entries.get(i).event()));
        }
    }

    private static AuditEvent with(AuditEvent e, String at, String actor, Action action, Subject subject, State from, State to,
            Map<String, Object> details) {
        return new AuditEvent(e.seq(), at, actor, action, subject, from, to, details);
    }

    private static <T> T other(T value, T[] all, Random random) {
        T pick;
        do {
            pick = all[random.nextInt(all.length)];
        } while (pick == value);
        return pick;
    }
}
