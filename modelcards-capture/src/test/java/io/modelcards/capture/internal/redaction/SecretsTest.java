package io.modelcards.capture.internal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"token", "hf_token", "db.password", "apiKey", "api_key", "AWS_SECRET_ACCESS_KEY",
            "client_secret", "credentials.user", "auth", "session_id", "cookie", "private_key", "passwd", "accessKey"})
    void secretKeysAreRecognised(String key) {
        assertThat(Secrets.isSecretKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokenizer", "max_tokens", "pad_token", "eos_token", "author", "learning_rate", "keyword",
            "passage_length", "num_layers", "key_column", "positional_embedding", "tokenization"})
    void ordinaryKeysAreNotSecret(String key) {
        assertThat(Secrets.isSecretKey(key)).isFalse();
    }

    @Test
    void credentialsInAUrlAreScrubbedButTheHostStays() {
        assertThat(Secrets.scrub("https://alice:s3cret@data.example.com/train.csv"))
                .isEqualTo("https://<redacted>@data.example.com/train.csv");
    }

    @Test
    void textWithoutSecretsIsReturnedUnchanged() {
        String text = "s3://bucket/datasets/imdb/train.parquet";
        assertThat(Secrets.scrub(text)).isSameAs(text);
    }
}
