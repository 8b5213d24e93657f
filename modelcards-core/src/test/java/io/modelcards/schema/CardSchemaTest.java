package io.modelcards.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CardSchemaTest {
    private static final String UPDATE = "modelcards.updateSchema";

    @Test
    void thePublishedSchemaMatchesTheRecords() throws IOException {
        Path published = CardSchemaGenerator.publishedPath();
        String fresh = CardSchemaGenerator.generateText();
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(published.getParent());
            Files.writeString(published, fresh, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(published)).as("%s is missing", CardSchemaGenerator.PUBLISHED).isTrue();
        assertThat(Files.readString(published, StandardCharsets.UTF_8))
                .as("%s is out of date with the card records: regenerate it with "
                        + "`./mvnw -q -B -o -pl modelcards-core test -Dtest=CardSchemaTest -D%s=true` and commit it",
                        CardSchemaGenerator.PUBLISHED, UPDATE)
                .isEqualTo(fresh);
    }
}
