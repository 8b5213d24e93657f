package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The creation time of exports: now, or SOURCE_DATE_EPOCH for reproducible builds. */
class SourceDateTest {
    @Test
    void sourceDateEpochSetsTheCreationTime() {
        assertThat(SourceDate.created(n -> n.equals("SOURCE_DATE_EPOCH") ? "1700000000" : null, Instant.EPOCH))
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void withoutSourceDateEpochTheCreationTimeIsNow() {
        Instant now = Instant.parse("2026-12-06T23:00:00Z");
        assertThat(SourceDate.created(n -> null, now)).isEqualTo(now);
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageError() {
        CliFailure f = catchThrowableOfType(CliFailure.class, () -> SourceDate.created(n -> "yesterday", Instant.EPOCH));
        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.problems().get(0).format()).isEqualTo("SOURCE_DATE_EPOCH:0:0: error: SOURCE_DATE_EPOCH is 'yesterday', not a "
                + "whole number of seconds since 1970: set it like SOURCE_DATE_EPOCH=1700000000, or unset it [usage/source-date-epoch]");
    }
}
