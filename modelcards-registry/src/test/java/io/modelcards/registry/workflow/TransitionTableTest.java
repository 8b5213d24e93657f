package io.modelcards.registry.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionTableTest {
    private static final String GOOD = "draft\tsubmit\tin_review\tauthor\talways\n";

    private static String only(String text) {
        InvalidInputException e = catchThrowableOfType(() -> TransitionTable.parse(text, "t.tsv"), InvalidInputException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).format();
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws InvalidInputException {
        TransitionTable t = TransitionTable.parse("# a comment\n\n" + GOOD, "t.tsv");

        assertThat(t.transitions()).containsExactly(
                new Transition(State.DRAFT, Action.SUBMIT, State.IN_REVIEW, List.of("author"), Transition.When.ALWAYS));
    }

    @Test
    void anUnknownStateIsAnErrorAtItsLineAndColumn() {
        assertThat(only(GOOD + "draft\tsubmit\tin-review\tauthor\talways\n")).isEqualTo(
                "t.tsv:2:14: error: unknown state \"in-review\": use one of draft, in_review, changes_requested, approved,"
                        + " published, deprecated, archived [workflow/table]");
    }

    @Test
    void anUnknownActionIsAnErrorNamingTheKnownOnes() {
        assertThat(only("draft\tsend\tin_review\tauthor\talways"))
                .startsWith("t.tsv:1:7: error: unknown action \"send\": use one of edit,");
    }

    @Test
    void anUnknownRoleIsAnErrorAtItsOwnColumn() {
        assertThat(only("draft\tsubmit\tin_review\tauthor,owner\talways")).isEqualTo(
                "t.tsv:1:31: error: unknown role \"owner\": use one of viewer, author, reviewer, admin [workflow/table]");
    }

    @Test
    void anUnknownConditionIsAnError() {
        assertThat(only("draft\tsubmit\tin_review\tauthor\tsometimes")).contains("unknown condition \"sometimes\"");
    }

    @Test
    void aLineWithTooFewColumnsSaysHowManyItHas() {
        assertThat(only("draft submit in_review author always")).isEqualTo("t.tsv:1:1: error: expected 5 tab-separated columns"
                + " (from, action, to, roles, when), found 1: separate the columns with one tab each [workflow/table]");
    }

    @Test
    void aPairListedTwiceIsAnErrorAtTheSecondLineNamingTheFirst() {
        assertThat(only(GOOD + "#\n" + GOOD.replace("in_review", "approved"))).isEqualTo(
                "t.tsv:3:1: error: \"draft submit\" is listed twice (first on line 1): keep one row for each state and action"
                        + " [workflow/table]");
    }

    @Test
    void everyBadLineIsReportedNotOnlyTheFirst() {
        InvalidInputException e = catchThrowableOfType(
                () -> TransitionTable.parse("x\tsubmit\tin_review\tauthor\talways\ndraft\ty\tin_review\tauthor\talways", "t.tsv"),
                InvalidInputException.class);

        assertThat(e.problems()).extracting(Diagnostic::line).containsExactly(1, 2);
    }

    @Test
    void theShippedTableLoads() {
        assertThat(Workflow.table().transitions()).hasSize(13);
    }
}
