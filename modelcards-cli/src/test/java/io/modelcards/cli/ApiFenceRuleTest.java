package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The fence rule can fail: run over the fixture in {@code io.modelcards.cli.fencecheck}, a CLI class that reaches into
 * {@code modelcards-profile}'s internals, it reports that class and says how to fix it.
 */
class ApiFenceRuleTest {
    /** The fixture, and all of modelcards-profile, whose own classes use its internals freely. */
    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importPackages("io.modelcards.cli.fencecheck", "io.modelcards.profile");

    @Test
    void aClassUsingAnotherModulesInternalPackageIsReported() {
        EvaluationResult result = ApiFence.RULE.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("io.modelcards.cli.fencecheck.ReachesIntoProfile")
                        && d.contains("io.modelcards.profile.internal.scan.RowProblems, which is internal to modelcards-profile"));
    }

    @Test
    void onlyTheClassThatCrossesTheFenceIsReported() {
        EvaluationResult result = ApiFence.RULE.evaluate(FIXTURE);

        assertThat(result.getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(d -> d.startsWith("modelcards-cli uses ") && d.contains("ReachesIntoProfile.java"));
    }

    @Test
    void theFailureMessageSaysHowToFixIt() {
        assertThatThrownBy(() -> ApiFence.RULE.check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("use an API package of that module instead (docs/ARCHITECTURE.md lists them per module)")
                .hasMessageContaining("ReachesIntoProfile");
    }

    @Test
    void anInternalPackageIsRecognisedAtAnyDepth() {
        assertThat(ApiFence.isInternal("io.modelcards.render.jinja.internal.syntax")).isTrue();
        assertThat(ApiFence.isInternal("io.modelcards.capture.internal")).isTrue();
        assertThat(ApiFence.isInternal("io.modelcards.render.jinja")).isFalse();
        assertThat(ApiFence.isInternal("io.modelcards.internals")).isFalse();
    }
}
