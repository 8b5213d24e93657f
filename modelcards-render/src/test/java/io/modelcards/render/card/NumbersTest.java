package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetStatisticsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Display text of dataset profile figures. */
class NumbersTest {
    @Test
    void countsGetThousandsSeparators() {
        assertThat(Numbers.count(1_000_000)).isEqualTo("1,000,000");
    }

    @Test
    void statisticsDropFloatNoiseAndGroupLargeValues() {
        assertThat(Numbers.stat(0.41270000001)).isEqualTo("0.4127");
        assertThat(Numbers.stat(12345.678)).isEqualTo("12,345.68");
        assertThat(Numbers.stat(-3.0)).isEqualTo("-3");
        assertThat(Numbers.stat(null)).isEmpty();
    }

    @Test
    void aTinyNonZeroShareIsNotShownAsZero() {
        assertThat(Numbers.percent(0.03)).isEqualTo("<0.1%");
        assertThat(Numbers.percent(35.1204)).isEqualTo("35.1%");
    }

    @Test
    void markdownSpecialCharactersAreEscapedAndLineBreaksFlattened() {
        assertThat(Numbers.markdown("a *b*\n<i>|[x](y)")).isEqualTo("a \\*b\\* \\<i\\>\\|\\[x\\](y)");
    }

    @Test
    void theMethodSentenceNamesTheSampleSizeAndSeed() {
        var sampled = DatasetStatisticsBuilder.builder().method("sample").sampled(10_000L).seed(7L).rows(2_000_000).build();
        var exact = DatasetStatisticsBuilder.builder().method("exact").rows(1_000_000).build();

        assertThat(ProfileView.method(sampled)).isEqualTo("Sampled 10,000 of 2,000,000 rows with seed 7.");
        assertThat(ProfileView.method(exact)).isEqualTo("Exact statistics over all 1,000,000 rows.");
    }

    @Test
    void aProfileWithoutApproximateFiguresHasNoAccuracySentence() {
        assertThat(Accuracy.sentence(DatasetStatisticsBuilder.builder().method("exact").rows(5).build())).isEmpty();
    }

    @Test
    void theShortHashKeepsTheAlgorithmAndTwelveDigits() {
        assertThat(ProfileView.shortHash("sha256:0123456789abcdef0123")).isEqualTo("sha256:0123456789ab…");
    }

    @Test
    void aShortenedValueStillShowsTheRedactionMarkerTheCutWouldDrop() {
        assertThat(Numbers.shortenShowingMarkers("aws_secret_access_key=[SECRET]", 24)).isEqualTo("aws_secret_access_key=\u2026[SECRET]");
        assertThat(Numbers.shortenShowingMarkers("https://<redacted>@host.example/a/very/long/path", 12))
                .isEqualTo("https://\u2026<redacted>");
    }

    @Test
    void aShortenedValueWhoseMarkerSurvivesTheCutIsShortenedAsUsual() {
        assertThat(Numbers.shortenShowingMarkers("[EMAIL] wrote a very long message", 12)).isEqualTo("[EMAIL] wro\u2026");
        assertThat(Numbers.shortenShowingMarkers("short [SECRET]", 24)).isEqualTo("short [SECRET]");
    }

    @Test
    void anEpochColumnTakesTheFewestDecimalsThatWriteEveryEpochUpToTwo() {
        assertThat(Numbers.epochDecimals(List.of(1.0, 2.0, 3.0))).isZero();
        assertThat(Numbers.epochDecimals(List.of(0.5, 1.0, 1.5))).isEqualTo(1);
        assertThat(Numbers.epochDecimals(List.of(1 / 30.0, 2 / 30.0, 1.0))).isEqualTo(2);
        assertThat(Numbers.epoch(1.0, 2)).isEqualTo("1.00");
        assertThat(Numbers.epoch(2 / 3.0, 2)).isEqualTo("0.67");
    }

    @Test
    void aQuantityIsWrittenInPlainDecimalsWithoutAnExponent() {
        assertThat(Numbers.quantity(5.062e-4)).isEqualTo("0.0005062");
        assertThat(Numbers.quantity(1.042e-06)).isEqualTo("0.000001042");
        assertThat(Numbers.quantity(3.0)).isEqualTo("3");
        assertThat(Numbers.quantity(1e16)).isEqualTo("10000000000000000");
        assertThat(Numbers.co2(120.5)).isEqualTo("120.5 g CO\u2082eq");
    }
}
