package io.modelcards.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchTest {
    @TempDir
    Path dir;

    @Test
    void aSmallRunIndexesItsCardsAndItsQueriesFindThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchBench.Result r;
        try (Database db = Database.embedded(dir.resolve("db"))) {
            r = SearchBench.run(db, "H2", dir.resolve("index"), 1000, 5, new PrintStream(out, true, StandardCharsets.UTF_8));
        }
        assertThat(r.cards()).isEqualTo(1000);
        assertThat(r.metric().hits()).isPositive();
        assertThat(r.text().hits()).isPositive();
        assertThat(r.phrase().hits()).as("every phrase is taken from a card").isGreaterThanOrEqualTo(5);
        assertThat(r.upload().uploadMs()).isPositive();
        assertThat(r.upload().searchAfterMs()).isPositive();
        assertThat(r.metric().p95()).isPositive().isGreaterThanOrEqualTo(r.metric().p50());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1,000 cards written").contains("search index built")
                .contains("metric threshold").contains("free text");
    }

    @Test
    void theSameNumberAndSeedGiveTheSameCard() {
        ModelCard a = GeneratedCards.card(17, 42);
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(GeneratedCards.card(17, 42)));
        assertThat(ContentHash.of(a)).isNotEqualTo(ContentHash.of(GeneratedCards.card(18, 42)));
    }

    @Test
    void vocabularyWordsAreDistinctForDistinctRanks() {
        assertThat(GeneratedCards.word(0)).isNotEqualTo(GeneratedCards.word(20));
        assertThat(GeneratedCards.word(21)).isNotEqualTo(GeneratedCards.word(1));
    }
}
