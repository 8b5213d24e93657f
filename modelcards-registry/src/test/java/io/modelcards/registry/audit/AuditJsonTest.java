package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.workflow.State;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditJsonTest {
    static final String REVISION = "sha256:" + "ab".repeat(32);

    /** An event with every kind of field and detail. */
    static AuditEvent sample() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("urgent", true);
        details.put("ratio", 0.5);
        details.put("tiny", 1e-7);
        details.put("approvals", 2);
        details.put("content", REVISION);
        details.put("unicode", "caf\u00e9 \u2014 \"q\"");
        return new AuditEvent(7, "2026-12-06T05:20:25.123Z", "alice", Action.CARD_SUBMITTED,
                new Subject("sentiment", "1.2.0", REVISION), State.DRAFT, State.IN_REVIEW, details);
    }

    @Test
    void anEventsCanonicalBytesAreItsSortedSnakeCaseJsonWithoutWhitespace() {
        String expected = "{\"action\":\"card.submitted\",\"actor\":\"alice\",\"at\":\"2026-12-06T05:20:25.123Z\","
                + "\"details\":{\"approvals\":2,\"content\":\"" + REVISION + "\",\"ratio\":0.5,\"tiny\":1e-7,"
                + "\"unicode\":\"caf\u00e9 \u2014 \\\"q\\\"\",\"urgent\":true},"
                + "\"from_state\":\"draft\",\"seq\":7,"
                + "\"subject\":{\"model\":\"sentiment\",\"revision\":\"" + REVISION + "\",\"version\":\"1.2.0\"},"
                + "\"to_state\":\"in_review\"}";
        assertThat(new String(AuditJson.canonical(sample()), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void absentValuesAndEmptyDetailsAreLeftOut() {
        AuditEvent bare = new AuditEvent(1, "2026-12-06T05:20:25Z", "root", Action.USER_CREATED, new Subject(null, null, null),
                null, null, Map.of());
        assertThat(AuditJson.text(bare))
                .isEqualTo("{\"action\":\"user.created\",\"actor\":\"root\",\"at\":\"2026-12-06T05:20:25Z\",\"seq\":1}");
    }

    @Test
    void anEventReadsBackEqualFromItsText() {
        assertThat(AuditJson.read(AuditJson.text(sample()))).isEqualTo(sample());
    }

    @Test
    void anIntegralDoubleIsKeptAsTheIntegerItPrintsAs() {
        AuditEvent e = AuditEvent.draft("a", Action.GATE_ALLOWED).withDetail("n", 3.0).withDetail("f", 0.1f)
                .toEvent(1, Instant.EPOCH);
        assertThat(e.details()).containsEntry("n", 3L).containsEntry("f", 0.1);
        assertThat(AuditJson.read(AuditJson.text(e))).isEqualTo(e);
    }

    @Test
    void aMemberTheEventHasNotIsRefused() {
        String json = AuditJson.text(sample()).replace("\"seq\":7", "\"seq\":7,\"extra\":1");
        assertThatThrownBy(() -> AuditJson.read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra");
    }

    @Test
    void aRepeatedMemberIsRefused() {
        String json = AuditJson.text(sample()).replace("\"actor\":\"alice\"", "\"actor\":\"alice\",\"actor\":\"mallory\"");
        assertThatThrownBy(() -> AuditJson.read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
    }

    @Test
    void anUnknownStateOrActionIsRefusedByName() {
        String state = AuditJson.text(sample()).replace("\"in_review\"", "\"live\"");
        String action = AuditJson.text(sample()).replace("card.submitted", "card.stolen");
        assertThatThrownBy(() -> AuditJson.read(state)).hasMessageContaining("'live' is not a workflow state");
        assertThatThrownBy(() -> AuditJson.read(action)).hasMessageContaining("card.stolen");
    }

    @Test
    void aLargeIntegerDetailIsRefusedWithTheAdviceToUseAString() {
        AuditEvent.Draft d = AuditEvent.draft("a", Action.GATE_DENIED);
        assertThatThrownBy(() -> d.withDetail("rows", 9_007_199_254_740_993L))
                .hasMessageContaining("'rows'").hasMessageContaining("string");
        assertThatThrownBy(() -> d.withDetail("rows", Long.MIN_VALUE)).hasMessageContaining("string");
        assertThatThrownBy(() -> d.withDetail("rows", BigInteger.TEN.pow(30))).hasMessageContaining("string");
        assertThatThrownBy(() -> d.withDetail("x", 1e300)).hasMessageContaining("string");
        assertThatThrownBy(() -> d.withDetail("x", new BigDecimal("0.1"))).hasMessageContaining("string");
        assertThat(d.withDetail("rows", 9_007_199_254_740_991L).details()).containsEntry("rows", 9_007_199_254_740_991L);
    }

    @Test
    void aNestedNullOrNonFiniteDetailIsRefused() {
        AuditEvent.Draft d = AuditEvent.draft("a", Action.GATE_DENIED);
        assertThatThrownBy(() -> d.withDetail("m", Map.of())).hasMessageContaining("nested");
        assertThatThrownBy(() -> d.withDetail("m", null)).hasMessageContaining("null");
        assertThatThrownBy(() -> d.withDetail("m", Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void aTimeThatIsNotRfc3339InUtcIsRefused() {
        for (String at : new String[] {"2026-12-06T05:20:25+01:00", "2026-12-06 05:20:25Z", "2026-13-06T05:20:25Z", "yesterday"}) {
            assertThatThrownBy(() -> new AuditEvent(1, at, "a", Action.CARD_CREATED, null, null, null, null))
                    .as(at).hasMessageContaining("RFC 3339");
        }
    }

    @Test
    void everyActionParsesBackFromItsWireName() {
        for (Action a : Action.values()) {
            assertThat(Action.parse(a.wire())).contains(a);
        }
        assertThat(Action.REVIEW_CHANGES_REQUESTED.wire()).isEqualTo("review.changes_requested");
        assertThat(Action.parse("CARD_CREATED")).isEmpty();
    }
}
