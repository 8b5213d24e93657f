package io.modelcards.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Jackson mappers for the card's JSON and YAML forms: snake_case names, empty values left out,
 * record component order kept, unknown properties rejected, and limits on nesting and size.
 */
public final class CardMappers {
    /** Deeper nesting than this is refused: no honest card needs it, and it guards against stack exhaustion. */
    public static final int MAX_NESTING = 200;

    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    // Plain YAML: a polymorphic value names its kind in a "kind" key, never in a custom tag (!<human>)
                    // that PyYAML's safe_load and yq refuse.
                    .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                    .disable(YAMLGenerator.Feature.USE_NATIVE_OBJECT_ID)
                    .stringQuotingChecker(new PlainScalars())
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .streamReadConstraints(limits())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(YamlDoubles.module())
            .build());

    private CardMappers() {}

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.getFactory().setStreamReadConstraints(limits());
        m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        m.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        m.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        m.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        m.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
        m.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false);
        m.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false);
        return m;
    }

    /** The JSON mapper. Shared and thread-safe; do not reconfigure it. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The YAML mapper. Shared and thread-safe; do not reconfigure it. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /** The pretty printer for card JSON: two-space indent, LF line ends, {@code "key": value}. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
