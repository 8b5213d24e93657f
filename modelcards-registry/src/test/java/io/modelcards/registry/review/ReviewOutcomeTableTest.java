package io.modelcards.registry.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelcards.card.Governance;
import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy's aggregation against the scenarios in {@code outcomes.yaml}: reviews in order → status and reasons. */
class ReviewOutcomeTableTest {
    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");

    static Stream<Arguments> scenarios() throws IOException {
        try (InputStream in = ReviewOutcomeTableTest.class.getResourceAsStream("outcomes.yaml")) {
            List<Map<String, Object>> all = CardMappers.yaml().readValue(in, new TypeReference<List<Map<String, Object>>>() { });
            return all.stream().map(s -> Arguments.of(s.get("name"), s));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theOutcomeIsWhatTheScenarioSays(String name, Map<String, Object> s) throws InvalidInputException {
        RiskRating risk = RiskRating.parse((String) s.getOrDefault("risk", "unknown"));
        ModelCard card = ModelCard.empty().withGovernance(Governance.EMPTY.withRisk(risk)
                .withRiskRationale((String) s.get("mitigation")));
        ContentHash old = ContentHash.of(card.withGovernance(card.governance().withBusinessContext("an earlier text")));
        ApprovalPolicy policy = s.containsKey("policy") ? ApprovalPolicy.parse((String) s.get("policy"), "policy.yaml")
                : ApprovalPolicy.DEFAULT;
        List<Review> reviews = new ArrayList<>();
        for (Object line : list(s, "reviews")) {
            reviews.add(review((String) line, reviews.size(), ContentHash.of(card), old));
        }

        ReviewOutcome outcome = ReviewOutcome.of(policy, new LinkedHashSet<>(s.containsKey("authors") ? list(s, "authors")
                : List.of("alice")), reviews, card);

        assertThat(outcome.status().name().toLowerCase(Locale.ROOT)).isEqualTo(s.get("status"));
        assertThat(outcome.reasons()).containsExactlyElementsOf(list(s, "reasons"));
        assertThat(outcome.approvedBy()).containsExactlyElementsOf(list(s, "approved_by"));
        assertThat(outcome.refused()).extracting(Refusal::code).containsExactlyElementsOf(list(s, "refused"));
        assertThat(outcome.revision()).isEqualTo(ContentHash.of(card));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> s, String key) {
        return (List<String>) s.getOrDefault(key, List.of());
    }

    /** "[old ]reviewer[@role] decision [comment]". */
    private static Review review(String line, int n, ContentHash current, ContentHash old) {
        boolean isOld = line.startsWith("old ");
        String[] parts = (isOld ? line.substring(4) : line).split(" ", 3);
        String[] who = parts[0].split("@", 2);
        Decision decision = Decision.parse(parts[1]).orElseThrow(() -> new IllegalArgumentException(line));
        return new Review(who[0], who.length > 1 ? who[1] : null, decision, parts.length > 2 ? parts[2] : null,
                T0.plusSeconds(n), isOld ? old : current);
    }
}
