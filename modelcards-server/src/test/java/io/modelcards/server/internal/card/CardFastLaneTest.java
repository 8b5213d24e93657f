package io.modelcards.server.internal.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.render.card.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardFastLaneTest {
    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource(nullValues = "null", value = {
        "/api/v1/models/m/versions/1.0.0/card, m, 1.0.0",
        "/api/v1/models/sentiment/versions/latest-published/card, sentiment, latest-published",
        "/api/v1/models/m/versions//card, null, null",
        "/api/v1/models//versions/1/card, null, null",
        "/api/v1/models/m/x/versions/1/card, null, null",
        "/api/v1/models/m/versions/1/2/card, null, null",
        "/api/v1/models/m%2Fx/versions/1/card, null, null",
        "/api/v1/models/m/versions/1;a=b/card, null, null",
        "/api/v1/models/m/versions/1/card/, null, null",
        "/api/v1/models/m/versions/1/comments, null, null",
        "/api/v1/revisions/sha256:00/card, null, null",
    })
    void onlyAnExactCardPathIsTakenApart(String path, String model, String version) {
        String[] names = CardFastLane.names(path);
        if (model == null) {
            assertThat(names).isNull();
        } else {
            assertThat(names).containsExactly(model, version);
        }
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(nullValues = "null", value = {
        "'', JSON",
        "format=json, JSON",
        "format=md, MD",
        "format=html, HTML",
        "format=pdf, null",
        "format=md&x=1, null",
        "format=md&format=html, null",
        "FORMAT=md, null",
    })
    void onlyAPlainFormatQueryIsAnsweredInTheLane(String query, OutputFormat format) {
        assertThat(CardFastLane.format(query)).isEqualTo(format);
    }

    @Test
    void noQueryAtAllMeansJson() {
        assertThat(CardFastLane.format(null)).isEqualTo(OutputFormat.JSON);
    }
}
