package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import io.modelcards.codec.CardMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the official schemas vendored in {@code src/test/resources/schemas} (see its README):
 * every schema id is mapped to a classpath resource, so nothing is fetched.
 */
public final class SchemaCheck {
    // Schemas are immutable and thread-safe once built; building one takes seconds, so each is built once.
    private static final Map<String, JsonSchema> CYCLONEDX = new ConcurrentHashMap<>();
    private static final JsonSchema SPDX = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaLoaders(l -> l.add(SchemaCheck::neverFetch)))
            .getSchema(SchemaLocation.of("classpath:schemas/spdx-3.0.1/schema-v3.0.1.json"), SchemaValidatorsConfig.builder().build());

    private SchemaCheck() {}

    /** The problems of a CycloneDX BOM against the official schema of {@code spec} (1.6 or 1.7), as "path: message". */
    public static List<String> cyclonedx(String spec, String document) {
        return validate(CYCLONEDX.computeIfAbsent(spec, SchemaCheck::cyclonedxSchema), document);
    }

    private static JsonSchema cyclonedxSchema(String spec) {
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("meta:enum"))
                .keyword(new NonValidationKeyword("deprecated"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b.metaSchema(draft7)
                .schemaMappers(m -> m.mapPrefix("http://cyclonedx.org/schema/", "classpath:schemas/cyclonedx-" + spec + "/"))
                .schemaLoaders(l -> l.add(SchemaCheck::neverFetch)));
        return factory.getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-" + spec + ".schema.json"),
                SchemaValidatorsConfig.builder().build());
    }

    /** The problems of an SPDX 3.0.1 JSON-LD document against the official SPDX 3.0.1 JSON schema. */
    public static List<String> spdx(String document) {
        return validate(SPDX, document);
    }

    /** A schema the mappings do not name would be fetched from the network: fail instead, naming it. */
    private static InputStreamSource neverFetch(AbsoluteIri iri) {
        if (!iri.toString().startsWith("classpath:")) {
            throw new IllegalStateException("a schema would be fetched: " + iri + "; vendor it and map its id");
        }
        return null;
    }

    private static List<String> validate(JsonSchema schema, String document) {
        try {
            JsonNode node = CardMappers.json().readTree(document);
            return schema.validate(node).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
