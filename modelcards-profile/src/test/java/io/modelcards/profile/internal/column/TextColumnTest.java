package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextColumnTest {
    @Test
    void charsCountCodePointsIncludingMultiByteAndEmoji() {
        Columns c = new Columns("t");
        c.text("héllo");       // 5 chars, 6 bytes
        c.text("日本語");       // 3 chars, 9 bytes
        c.text("a😀b");        // 3 chars, emoji is 4 bytes and 2 UTF-16 units
        Distribution chars = c.stats(3).chars();
        assertThat(chars.total()).isEqualTo(11.0);
        assertThat(chars.min()).isEqualTo(3.0);
        assertThat(chars.max()).isEqualTo(5.0);
        assertThat(chars.count()).isEqualTo(3);
    }

    @Test
    void wordsAreRunsOfNonWhitespaceIncludingNoBreakAndIdeographicSpaces() {
        Columns c = new Columns("t");
        c.text("  two\twords ");
        c.text("a\u00A0b\u3000c");
        c.text("");
        c.text("one-long-word-that-spans-more-than-eight-bytes");
        Distribution words = c.stats(4).words();
        assertThat(words.total()).isEqualTo(2 + 3 + 0 + 1.0);
        assertThat(words.quantiles().get("p50")).isEqualTo(1.0);
    }

    @Test
    void lengthStatisticsAreExactOnASmallDomain() {
        Columns c = new Columns("t");
        for (int i = 1; i <= 100; i++) {
            c.text("x".repeat(i));
        }
        Distribution chars = c.stats(100).chars();
        assertThat(chars.mean()).isEqualTo(50.5);
        assertThat(chars.quantiles().get("p25")).isEqualTo(25.0);
        assertThat(chars.quantiles().get("p99")).isEqualTo(99.0);
        assertThat(chars.histogram().exact()).isTrue();
        assertThat(chars.histogram().counts()).containsOnly(5L);
    }

    @Test
    void tokensAreCountedWithTheGivenCounter() {
        Columns c = new Columns("t", ColumnSettings.defaults().withTokens(new WordTokens()));
        c.text("one two");
        c.text("a, b, c");
        Distribution tokens = c.stats(2).tokens();
        assertThat(tokens.total()).isEqualTo(2 + 5.0);
        assertThat(tokens.max()).isEqualTo(5.0);
    }

    @Test
    void noTokenDistributionWithoutACounter() {
        Columns c = new Columns("t");
        c.text("one two");
        assertThat(c.stats(1).tokens()).isNull();
    }

    @Test
    void aStringColumnHasNoMinMaxOrMean() {
        Columns c = new Columns("t");
        c.text("5");
        c.text("7");
        DatasetStatistics.Column s = c.stats(2);
        assertThat(s.type()).isEqualTo("string");
        assertThat(s.min()).isNull();
        assertThat(s.max()).isNull();
        assertThat(s.mean()).isNull();
        assertThat(s.quantiles()).isEmpty();
    }

    @Test
    void topValuesAreMostFrequentFirstWithTiesByValueAndPercentOfTheCount() {
        Columns c = new Columns("t", new ColumnSettings(100, 14, 3, 100, 200, 20, null, true));
        for (String s : List.of("b", "a", "c", "d", "d", "d", "c", "b", "a")) {
            c.text(s); // d×3, then a, b, c ×2: top 3 keeps d, a, b
        }
        assertThat(c.stats(9).top()).containsExactly(
                new DatasetStatistics.TopValue("d", 3, 33.33),
                new DatasetStatistics.TopValue("a", 2, 22.22),
                new DatasetStatistics.TopValue("b", 2, 22.22));
    }

    @Test
    void longTopValuesAreTruncatedTo200Characters() {
        Columns c = new Columns("t");
        c.text("e".repeat(300));
        String value = c.stats(1).top().get(0).value();
        assertThat(value).isEqualTo("e".repeat(200) + "…");
    }

    @Test
    void longTopValuesInOtherScriptsAreCutAtTheStoredBytesOnACharacterBoundary() {
        Columns c = new Columns("t");
        c.text("é".repeat(300));
        String value = c.stats(1).top().get(0).value();
        assertThat(value).isEqualTo("é".repeat(ExactValues.STORED_BYTES / 2) + "…");
    }

    @Test
    void aColumnOfMediaPathsIsTypedMedia() {
        Columns c = new Columns("image");
        for (int i = 0; i < 19; i++) {
            c.text("images/" + i + (i % 2 == 0 ? ".JPG" : ".webp"));
        }
        c.text("missing");
        assertThat(c.stats(20).type()).isEqualTo("media");
    }

    @Test
    void sentencesEndingInAnExtensionAreNotMedia() {
        Columns c = new Columns("t");
        c.text("see the attached file.pdf");
        assertThat(c.stats(1).type()).isEqualTo("string");
    }

    @Test
    void topValuesBeyondTheExactBoundKeepTheHeavyHittersWithinTheOvercountBound() {
        ColumnSettings settings = Columns.small(100_000, 500);
        Columns c = new Columns("t", settings);
        int n = 0;
        for (int i = 0; i < 20_000; i++) {
            c.text("unique-" + i);
            n++;
            if (i % 4 == 0) {
                c.text("frequent");
                n++;
            }
            if (i % 10 == 0) {
                c.text("common");
                n++;
            }
        }
        DatasetStatistics.Column s = c.stats(n);
        double slack = n * ColumnAccuracy.accuracy(settings).topMaxOvercountShare();
        assertThat(s.top().get(0).value()).isEqualTo("frequent");
        assertThat(s.top().get(0).count()).isBetween(5000L, 5000L + (long) slack);
        assertThat(s.top().get(1).value()).isEqualTo("common");
        assertThat(s.top().get(1).count()).isBetween(2000L, 2000L + (long) slack);
    }

    @Test
    void personalDataAndSecretsAmongTheMostFrequentValuesAreRedactedLikeTheSampleRows() {
        Columns c = new Columns("t");
        c.text("key ghp_R4nd0mT0k3nV4lu3F0rT35t1ngPurp0s3s12");
        c.text("key ghp_R4nd0mT0k3nV4lu3F0rT35t1ngPurp0s3s12");
        c.text("mail ana@example.com");

        assertThat(c.stats(3).top()).extracting(DatasetStatistics.TopValue::value).containsExactly("key [SECRET]", "mail [EMAIL]");
    }
}
