package io.modelcards.schema;

import static com.github.victools.jsonschema.generator.SchemaVersion.DRAFT_2020_12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.modelcards.card.EvalResult;
import io.modelcards.card.ModelCard;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardMappers;
import io.modelcards.testing.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Generates the card's JSON Schema from the records with victools' generator, so the published schema cannot drift
 * from the code. Test scope only: the build checks the committed file against a fresh generation.
 */
final class CardSchemaGenerator {
    /** Where the schema is published, relative to the repository root. */
    static final String PUBLISHED = "schema/modelcard-" + SchemaVersion.CURRENT + ".schema.json";

    private CardSchemaGenerator() {}

    /** The published file, under the repository root. */
    static Path publishedPath() {
        return SourceTree.file(PUBLISHED);
    }

    /** The schema as a tree. */
    static ObjectNode generate() {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(CardMappers.json(),
                DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        // Keep the records' component order, which is also the order the codec writes.
        b.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(CardSchemaGenerator::componentIndex));
        // The card mappers name properties in snake_case; the Jackson module only reads per-class @JsonNaming.
        b.forFields().withPropertyNameOverrideResolver(f -> snake(f.getDeclaredName()));
        // The codec accepts null for any non-primitive component (it means "absent").
        b.forFields().withNullableCheck(f -> !f.getType().isPrimitive() && !f.getDeclaredName().equals("schemaVersion"));
        b.forFields().withRequiredCheck(f -> f.getDeclaringType().getErasedType() == ModelCard.class
                && f.getDeclaredName().equals("schemaVersion"));
        b.forFields().withInstanceAttributeOverride((node, f, ctx) -> {
            if (f.getDeclaringType().getErasedType() == EvalResult.class && f.getDeclaredName().equals("metricValue")) {
                node.putArray("type").add("number").add("string").add("null");
            }
            if (f.getDeclaringType().getErasedType() == ModelCard.class && f.getDeclaredName().equals("schemaVersion")) {
                node.put("const", SchemaVersion.CURRENT);
            }
        });
        JsonNode generated = new SchemaGenerator(b.build()).generateSchema(ModelCard.class);
        ObjectNode schema = CardMappers.json().createObjectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", "https://modelcards.io/" + PUBLISHED);
        schema.put("title", "modelcards model card, schema version " + SchemaVersion.CURRENT);
        schema.put("description", "The JSON and YAML form of a modelcards card (modelcard.json, modelcard.yaml). Generated from the "
                + "records in io.modelcards.card by CardSchemaGenerator; do not edit by hand.");
        generated.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                schema.set(e.getKey(), e.getValue());
            }
        });
        return schema;
    }

    /** The schema as the bytes of the published file: two-space indent, LF, final newline. */
    static String generateText() {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(generate()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int componentIndex(MemberScope<?, ?> m) {
        RecordComponent[] rc = m.getDeclaringType().getErasedType().getRecordComponents();
        for (int i = 0; rc != null && i < rc.length; i++) {
            if (rc[i].getName().equals(m.getDeclaredName())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String snake(String camel) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
