package io.modelcards.server.internal.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.modelcards.server.json.ApiJson;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.RouteTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request bodies: checks the content type (415), leaves the size limit to the server (413), and turns JSON that
 * cannot be read into a 400 naming the field or the place.
 */
final class Bodies {
    private Bodies() {
    }

    /** The request's media type without parameters, lower case, or "" when absent. */
    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the request has a body. */
    static boolean isEmpty(Context ctx) {
        return ctx.bodyAsBytes().length == 0;
    }

    /** The JSON body as {@code type}; an empty body is read as {@code {}} when {@code optional}. */
    static <T> T json(Context ctx, Class<T> type, boolean optional) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0 && optional) {
            bytes = "{}".getBytes(StandardCharsets.UTF_8);
        } else {
            requireType(ctx, RouteTable.JSON);
        }
        ObjectMapper json = ApiJson.mapper();
        try {
            return json.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "request/unknown-field", "unknown field \"" + e.getPropertyName()
                    + "\": this endpoint reads " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")), pointer(e));
        } catch (JsonMappingException e) {
            throw new ApiException(400, "request/bad-field", "a field has the wrong type or is malformed: "
                    + where(e.getLocation()), pointer(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "request/bad-json", "the body is not valid JSON: " + where(e.getLocation()));
        } catch (IOException e) {
            throw new ApiException(400, "request/bad-json", "the body could not be read");
        }
    }

    /** Refuses with 415 unless the request's media type is {@code expected}. */
    static void requireType(Context ctx, String expected) {
        String actual = mediaType(ctx);
        if (!actual.equals(expected)) {
            throw new ApiException(415, "request/media-type", "send the body as " + expected
                    + (actual.isEmpty() ? " (no Content-Type was given)" : ", not " + actual));
        }
    }

    /** A required field that is missing or blank: 400 naming it. */
    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ApiException(400, "request/missing-field", "the field \"" + field + "\" is required", "/" + field);
        }
        return value;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            p.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return p.isEmpty() ? null : p.toString();
    }

    private static String where(JsonLocation location) {
        return location == null ? "at an unknown place"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
