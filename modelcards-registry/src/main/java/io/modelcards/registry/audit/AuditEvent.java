package io.modelcards.registry.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelcards.registry.workflow.State;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One thing that happened in the registry, as the audit chain records it. Its JSON form (snake_case names, absent
 * values left out) canonicalized by RFC 8785 is what the chain hashes: see {@link AuditJson}.
 *
 * @param seq       its place in the chain, from 1
 * @param at        when, as RFC 3339 UTC text ({@code 2026-12-06T05:20:25.123Z})
 * @param actor     the user name who did it
 * @param action    what was done
 * @param subject   what it was done to, or null
 * @param fromState the version's state before, or null
 * @param toState   the version's state after, or null
 * @param details   more facts: strings, booleans and numbers within ±(2<sup>53</sup>−1); large integers, exact decimals
 *                  and hashes as strings (never null; empty is left out of the JSON)
 */
public record AuditEvent(long seq, String at, String actor, Action action, Subject subject, State fromState, State toState,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {

    private static final Pattern RFC3339_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    /** Checks every field, and normalizes an empty subject to null and the details as {@link Details} says. */
    public AuditEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("an audit event's seq starts at 1, not " + seq);
        }
        if (at == null || !RFC3339_UTC.matcher(at).matches() || !parses(at)) {
            throw new IllegalArgumentException("an audit event's time is RFC 3339 in UTC (2026-12-06T05:20:25Z), not '" + at + "'");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit event names its actor");
        }
        if (action == null) {
            throw new IllegalArgumentException("an audit event names its action");
        }
        subject = subject == null || subject.isEmpty() ? null : subject;
        details = Details.normalized(details);
    }

    /** {@code instant} as an event's time: RFC 3339 in UTC, to the millisecond. */
    public static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** An event yet to be placed in the chain: who did what to which subject, without its seq and time. */
    public static Draft draft(String actor, Action action) {
        return new Draft(actor, action, null, null, null, Map.of());
    }

    /**
     * Whether {@code at}, which matches {@link #RFC3339_UTC}, is a time {@link Instant#parse} accepts. The common case
     * (hour 00-23, second 00-59) is checked field by field, which costs a fiftieth of {@code Instant.parse}: every audit
     * event is checked when it is made, inside the write that holds the chain's head. The two forms that
     * {@code Instant.parse} resolves specially (24:00:00 as the next day's midnight, second 60 as a leap second) go to it.
     */
    static boolean parses(String at) {
        int hour = digits(at, 11, 2);
        int second = digits(at, 17, 2);
        if (hour == 24 || second == 60) {
            return instantParses(at);
        }
        if (hour > 23 || digits(at, 14, 2) > 59 || second > 59) {
            return false;
        }
        try {
            LocalDate.of(digits(at, 0, 4), digits(at, 5, 2), digits(at, 8, 2));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean instantParses(String at) {
        try {
            Instant.parse(at);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * An event without its place and time, which {@link AuditChain#next} gives it; build it with the {@code with}
     * methods.
     *
     * @param actor     the user name who did it
     * @param action    what was done
     * @param subject   what it was done to, or null
     * @param fromState the state before, or null
     * @param toState   the state after, or null
     * @param details   more facts, as {@link AuditEvent#details()} says
     */
    public record Draft(String actor, Action action, Subject subject, State fromState, State toState, Map<String, Object> details) {
        /** Checks the details early, so that a bad value is refused where it is put in. */
        public Draft {
            details = Details.normalized(details);
        }

        /** This draft about {@code s}. */
        public Draft withSubject(Subject s) {
            return new Draft(actor, action, s, fromState, toState, details);
        }

        /** This draft moving the version from {@code from} to {@code to}. */
        public Draft withTransition(State from, State to) {
            return new Draft(actor, action, subject, from, to, details);
        }

        /** This draft with one more detail (a string, boolean or number; see {@link AuditEvent#details()}). */
        public Draft withDetail(String key, Object value) {
            Map<String, Object> more = new HashMap<>(details);
            more.put(key, value);
            return new Draft(actor, action, subject, fromState, toState, more);
        }

        /** The event this draft becomes at {@code seq} and time {@code at}. */
        public AuditEvent toEvent(long seq, Instant at) {
            return new AuditEvent(seq, time(at), actor, action, subject, fromState, toState, details);
        }
    }
}
