package io.modelcards.schema;

import io.modelcards.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The published schema ({@code schema/} at the repository root) is a golden file of the card records: it is what
 * the records generate now. When the records change on purpose, {@code -Dgolden.update=true} regenerates it, like
 * every other golden file; commit it with the change.
 */
class CardSchemaTest {

    @Test
    void thePublishedSchemaMatchesTheRecords() {
        Golden.assertMatches(CardSchemaGenerator.publishedPath(), CardSchemaGenerator.generateText());
    }
}
