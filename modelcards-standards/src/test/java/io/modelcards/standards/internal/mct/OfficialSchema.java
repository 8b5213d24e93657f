package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A format's official JSON schema, vendored under {@code src/test/resources} with its licence, checked offline. */
public final class OfficialSchema {
    private final JsonSchema schema;

    private OfficialSchema(String resource) {
        try {
            JsonNode tree = CardMappers.json().readTree(Fixtures.text(resource));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MCT 0.0.2 with its performance metrics as text, as the toolkit's last release defines them (see
     * {@code mct/README.md}: the stored official file is an earlier 0.0.2 that still had numeric values).
     */
    public static OfficialSchema mct() {
        return new OfficialSchema("mct/model_card.schema.metrics-as-text.json");
    }

    /** The earlier 0.0.2 file exactly as stored, with numeric metric values. */
    public static OfficialSchema mctAsStored() {
        return new OfficialSchema("mct/model_card.schema.json");
    }

    /** SageMaker's model card content schema ({@code sagemaker-core}, version 0.1.0). */
    public static OfficialSchema sageMaker() {
        return new OfficialSchema("sagemaker/model_card_schema.json");
    }

    /** Every problem the schema finds in {@code document}, as text; empty when it conforms. */
    public List<String> problems(String document) {
        try {
            return schema.validate(CardMappers.json().readTree(document)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
