package io.modelcards.server.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import java.util.List;
import java.util.Map;

/** The JSON Schemas of the OpenAPI document: the problem body, and the request bodies each operation reads. */
final class Schemas {
    /** Request body fields per operation: name → JSON Schema type; the first listed fields are required. */
    private static final Map<String, Body> BODIES = Map.of(
            "createModel", new Body(List.of("name"), Map.of("name", "string")),
            "createVersion", new Body(List.of("version"), Map.of("version", "string")),
            "editCard", new Body(List.of("edits"), Map.of("edits", "array")),
            "approve", new Body(List.of(), Map.of("comment", "string", "role", "string")),
            "requestChanges", new Body(List.of("comment"), Map.of("comment", "string", "role", "string")),
            "addComment", new Body(List.of("text"),
                    Map.of("text", "string", "pointer", "string", "section", "string", "parent", "integer")),
            "createUser", new Body(List.of("name", "role"), Map.of("name", "string", "role", "string")),
            "createToken", new Body(List.of(), Map.of("expires_at", "string")));

    private Schemas() {
    }

    /** The {@code components/schemas} object. */
    static ObjectNode components(ObjectMapper json) {
        ObjectNode schemas = json.createObjectNode();
        ObjectNode problem = schemas.putObject("Problem");
        problem.put("type", "object");
        problem.putArray("required").add("type").add("title").add("status").add("detail").add("code").add("problems");
        ObjectNode p = problem.putObject("properties");
        p.putObject("type").put("type", "string").put("format", "uri");
        p.putObject("title").put("type", "string");
        p.putObject("status").put("type", "integer");
        p.putObject("detail").put("type", "string");
        p.putObject("code").put("type", "string");
        p.putObject("pointer").put("type", "string");
        p.putObject("error_id").put("type", "string");
        ObjectNode items = p.putObject("problems").put("type", "array").putObject("items");
        items.put("type", "object");
        items.putArray("required").add("code").add("message");
        ObjectNode ip = items.putObject("properties");
        ip.putObject("code").put("type", "string");
        ip.putObject("message").put("type", "string");
        ip.putObject("pointer").put("type", "string");
        ip.putObject("line").put("type", "integer");
        ip.putObject("column").put("type", "integer");
        schemas.putObject("Object").put("type", "object");
        return schemas;
    }

    /** The schema of {@code operationId}'s request body in {@code mediaType}. */
    static JsonNode requestBody(String operationId, String mediaType, ObjectMapper json) {
        ObjectNode schema = json.createObjectNode();
        if (!mediaType.equals(RouteTable.JSON)) {
            return schema.put("type", "string").put("description", "a model card");
        }
        Body body = BODIES.get(operationId);
        if (body == null) {
            return schema.put("type", "object").put("description", "a model card (schema/modelcard)");
        }
        schema.put("type", "object").put("additionalProperties", false);
        if (!body.required().isEmpty()) {
            body.required().forEach(schema.putArray("required")::add);
        }
        ObjectNode props = schema.putObject("properties");
        body.fields().forEach((name, type) -> props.putObject(name).put("type", type));
        return schema;
    }

    /** Fills the success response's content of {@code route} into {@code response}. */
    static void responseContent(Route route, ObjectNode response, ObjectMapper json) {
        ObjectNode content = response.putObject("content");
        content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Object");
        if (route.query().contains("format")) {
            content.putObject("text/markdown").putObject("schema").put("type", "string");
            content.putObject("text/html").putObject("schema").put("type", "string");
            response.putObject("headers").putObject("ETag").put("description", "the revision's content hash, quoted")
                    .putObject("schema").put("type", "string");
        }
    }

    /** A request body's fields and which of them are required. */
    private record Body(List<String> required, Map<String, String> fields) {}
}
