package io.modelcards.server.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.server.problem.Problem;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of the API, generated from the route table: one operation per route with its parameters,
 * request body, success response, the problem responses it can give, and the bearer security it needs.
 */
public final class OpenApiDocument {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiDocument() {
    }

    /** The document describing {@code routes}, titled with {@code version}. */
    public static ObjectNode of(List<Route> routes, String version, ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "modelcards registry");
        info.put("version", version);
        info.put("description", "Review, approve, publish and use model cards. Errors are RFC 7807 problems.");
        ObjectNode paths = doc.putObject("paths");
        Map<String, List<Route>> byPath = new TreeMap<>();
        for (Route r : routes) {
            byPath.computeIfAbsent(r.path(), p -> new ArrayList<>()).add(r);
        }
        byPath.forEach((path, rs) -> {
            ObjectNode item = paths.putObject(path);
            for (Route r : rs) {
                item.set(r.method().toLowerCase(Locale.ROOT), operation(r, json));
            }
        });
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        components.set("schemas", Schemas.components(json));
        return doc;
    }

    private static ObjectNode operation(Route r, ObjectMapper json) {
        ObjectNode op = json.createObjectNode();
        op.put("operationId", r.operationId());
        op.put("summary", r.summary());
        op.putArray("tags").add(tag(r.path()));
        ArrayNode params = json.createArrayNode();
        for (String name : r.pathParameters()) {
            params.add(parameter(json, name, "path", true, name.equals("id")));
        }
        for (String name : r.query()) {
            params.add(parameter(json, name, "query", r.operationId().startsWith("diff"), r.operationId().equals("listAudit")));
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (r.method().equals("PUT") || r.method().equals("PATCH") || r.method().equals("POST")) {
            if (!r.bodyTypes().isEmpty()) {
                ObjectNode content = op.putObject("requestBody").put("required", !r.method().equals("POST")).putObject("content");
                for (String type : r.bodyTypes()) {
                    content.putObject(type).set("schema", Schemas.requestBody(r.operationId(), type, json));
                }
            }
        }
        if (r.isPublic()) {
            op.putArray("security");
        } else {
            ArrayNode security = op.putArray("security");
            security.addObject().putArray("bearer");
            if (r.anonymousReadable()) {
                security.addObject();
            }
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(r.status()));
        ok.put("description", r.status() == 201 ? "Created" : r.status() == 204 ? "No content" : "OK");
        if (r.status() != 204) {
            Schemas.responseContent(r, ok, json);
        }
        for (int status : errorStatuses(r)) {
            ObjectNode p = responses.putObject(Integer.toString(status));
            p.put("description", "Problem (RFC 7807)");
            p.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", PROBLEM_REF);
        }
        return op;
    }

    private static List<Integer> errorStatuses(Route r) {
        List<Integer> s = new ArrayList<>(List.of(400, 404, 500));
        if (!r.isPublic()) {
            s.addAll(List.of(401, 403));
        }
        if (!r.method().equals("GET") && !r.method().equals("DELETE")) {
            s.addAll(List.of(409, 412, 413, 415, 422));
        }
        return s.stream().sorted().toList();
    }

    private static JsonNode parameter(ObjectMapper json, String name, String in, boolean required, boolean numeric) {
        ObjectNode p = json.createObjectNode();
        p.put("name", name).put("in", in).put("required", required);
        ObjectNode schema = p.putObject("schema");
        if (numeric || name.equals("limit")) {
            schema.put("type", "integer").put("minimum", 1);
        } else if (name.equals("format")) {
            schema.put("type", "string").putArray("enum").add("json").add("md").add("html");
        } else {
            schema.put("type", "string");
        }
        return p;
    }

    private static String tag(String path) {
        String rest = path.startsWith(RouteTable.API) ? path.substring(RouteTable.API.length()) : path;
        String[] parts = rest.split("/");
        return parts.length > 1 ? parts[1] : "meta";
    }
}
