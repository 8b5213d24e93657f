package io.modelcards.registry.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.modelcards.registry.workflow.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The audit event's JSON form and its canonical bytes. The form is Jackson's view of {@link AuditEvent}: snake_case
 * names, absent values and empty details left out, states and actions by their wire names. The canonical bytes are
 * that form serialized by RFC 8785 (JCS): members sorted, no whitespace, numbers in ECMAScript's shortest form, UTF-8.
 * Reading is strict (unknown or repeated members, trailing text and wrong types are refused), so that what a stored
 * row says is exactly what the chain hashed.
 */
public final class AuditJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("audit-states").addSerializer(State.class, new StateWriter())
                    .addDeserializer(State.class, new StateReader()))
            .build();

    private AuditJson() {}

    /** The event's canonical bytes: RFC 8785 over its JSON form, UTF-8. These are what the chain hashes. */
    public static byte[] canonical(AuditEvent event) {
        try {
            return new JsonCanonicalizer(MAPPER.writeValueAsString(event)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event's canonical JSON as text: what a store keeps as the event's JSON. */
    public static String text(AuditEvent event) {
        return new String(canonical(event), StandardCharsets.UTF_8);
    }

    /** The event that {@code json} holds; anything else, or any member the event has not, is an {@link IllegalArgumentException}. */
    public static AuditEvent read(String json) {
        try {
            return MAPPER.readValue(json, AuditEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /** Jackson's message without the source excerpt and location it appends, and without Java class names. */
    private static String reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return root.getMessage();
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = m.indexOf(" (class ");
        return "not an audit event's JSON: " + (cut > 0 ? m.substring(0, cut) : m).replace('\n', ' ');
    }

    /** Writes a state by its wire name ({@code in_review}). */
    private static final class StateWriter extends JsonSerializer<State> {
        @Override
        public void serialize(State value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.id());
        }
    }

    /** Reads a state from its wire name, refusing any other. */
    private static final class StateReader extends JsonDeserializer<State> {
        @Override
        public State deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String id = p.getValueAsString();
            return State.parse(id).orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a workflow state"));
        }
    }
}
