package io.modelcards.registry.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkflowTest {

    @Test
    void aRefusalNamesTheCurrentStateAndTheActionsAllowedFromIt() {
        Step.Refused r = (Step.Refused) Workflow.apply(State.DRAFT, Action.PUBLISH);

        assertThat(r.code()).isEqualTo("workflow/not-allowed");
        assertThat(r.allowed()).containsExactly(Action.EDIT, Action.SUBMIT, Action.ARCHIVE);
        assertThat(r.message()).isEqualTo("cannot publish a version in state draft: allowed in draft: edit, submit, archive");
    }

    @Test
    void editingAnApprovedCardIsRefusedWithTheAdviceToStartANewVersion() {
        Step.Refused r = (Step.Refused) Workflow.apply(State.APPROVED, Action.EDIT);

        assertThat(r.message()).startsWith("cannot edit a version in state approved: allowed in approved: publish, archive")
                .endsWith("start a new version from it instead");
    }

    @Test
    void anArchivedVersionAllowsNothingAndSaysSo() {
        Step.Refused r = (Step.Refused) Workflow.apply(State.ARCHIVED, Action.SUBMIT);

        assertThat(r.allowed()).isEmpty();
        assertThat(r.message()).endsWith(": nothing can be done in that state");
    }

    @Test
    void publishedCannotBeArchivedOnlyDeprecated() {
        assertThat(Workflow.allowed(State.PUBLISHED)).containsExactly(Action.DEPRECATE);
    }

    @Test
    void reviewerDecisionsAreForReviewersAndEditsForAuthors() {
        Transition approve = ((Step.Allowed) Workflow.apply(State.IN_REVIEW, Action.APPROVE)).transition();
        Transition edit = ((Step.Allowed) Workflow.apply(State.DRAFT, Action.EDIT)).transition();

        assertThat(approve.roles()).containsExactly("reviewer", "admin");
        assertThat(approve.when()).isEqualTo(Transition.When.POLICY_MET);
        assertThat(edit.roles()).containsExactly("author", "admin");
    }

    @Test
    void aBadTableStopsStartupNamingTheLine() {
        assertThatThrownBy(() -> Workflow.load("bad-transitions.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-transitions.tsv:2:14: error: unknown state \"in_reveiw\"");
    }
}
