package io.modelcards.registry.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the (state, action) matrix against {@code transitions-expected.tsv}, written by hand from the issue. */
class WorkflowMatrixTest {
    private static final String POLICY = " if policy met, else ";

    static Stream<Arguments> cells() throws IOException {
        return rows().stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = WorkflowMatrixTest.class.getResourceAsStream("transitions-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        }
    }

    @Test
    void theExpectedFileListsEveryStateAndActionPairExactlyOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String[] r : rows()) {
            assertThat(r).hasSize(3);
            assertThat(State.parse(r[0])).as(r[0]).isPresent();
            assertThat(Action.parse(r[1])).as(r[1]).isPresent();
            assertThat(seen.add(r[0] + " " + r[1])).as("repeated: " + r[0] + " " + r[1]).isTrue();
        }
        assertThat(seen).hasSize(State.values().length * Action.values().length);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cells")
    void eachActionInEachStateLeadsWhereTheIssueSays(String state, String action, String expected) {
        Step step = Workflow.apply(State.parse(state).orElseThrow(), Action.parse(action).orElseThrow());
        if (expected.equals("refused")) {
            assertThat(step).isInstanceOf(Step.Refused.class);
            return;
        }
        assertThat(step).isInstanceOf(Step.Allowed.class);
        Transition t = ((Step.Allowed) step).transition();
        if (expected.contains(POLICY)) {
            String[] two = expected.split(POLICY);
            assertThat(t.next(true).id()).isEqualTo(two[0]);
            assertThat(t.next(false).id()).isEqualTo(two[1]);
        } else {
            assertThat(t.next(true).id()).isEqualTo(expected);
            assertThat(t.next(false).id()).isEqualTo(expected);
        }
    }
}
