package io.modelcards.server.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.FieldEdit;
import io.modelcards.registry.Registry;
import io.modelcards.registry.Upload;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.internal.card.CardUploads;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.json.Wire;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.AccessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cards: fetch (json, md, html; by version or by revision hash), upload, and field edits. */
final class CardsApi {
    private CardsApi() {
    }

    /** Adds the card handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry, RenderedCards rendered) {
        // The most read endpoint: answered from memory (the version's state and revision, then the rendering by content
        // hash) without reading or parsing the card while nothing changed.
        h.put("getCard", ctx -> {
            OutputFormat format = RenderedCards.format(ctx.queryParam("format"));
            VersionEntry entry = ModelsApi.readableEntry(ctx, registry);
            ContentHash hash = entry.currentRevision();
            if (hash == null) {
                throw new ApiException(404, "card/none", "version " + entry.version() + " has no card yet: upload one");
            }
            write(ctx, hash, format, rendered, registry);
        });
        h.put("getRevision", ctx -> {
            OutputFormat format = RenderedCards.format(ctx.queryParam("format"));
            ContentHash hash = hash(ctx.pathParam("hash"));
            // Rendered (or found rendered) first: an unknown revision is a 404 whatever If-None-Match says.
            RenderedCards.Rendered r = render(hash, format, rendered, registry);
            if (!Tags.notModified(ctx, hash)) {
                send(ctx, hash, r);
            }
        });
        h.put("uploadCard", ctx -> {
            Upload upload = registry.upload(AccessCheck.requireCaller(ctx), ctx.pathParam("model"), ctx.pathParam("version"),
                    CardUploads.read(ctx), Tags.ifMatch(ctx));
            Tags.etag(ctx, upload.revision().hash());
            ctx.json(Wire.RevisionJson.of(upload.revision(), upload.mergeWarnings()));
        });
        h.put("editCard", ctx -> {
            Edits body = Bodies.json(ctx, Edits.class, false);
            if (body.edits() == null || body.edits().isEmpty()) {
                throw new ApiException(400, "request/missing-field", "the field \"edits\" needs at least one edit", "/edits");
            }
            Revision revision = registry.edit(AccessCheck.requireCaller(ctx), ctx.pathParam("model"), ctx.pathParam("version"),
                    fieldEdits(body.edits()), Tags.ifMatch(ctx));
            Tags.etag(ctx, revision.hash());
            ctx.json(Wire.RevisionJson.of(revision, List.of()));
        });
    }

    private static void write(Context ctx, ContentHash hash, OutputFormat format, RenderedCards rendered, Registry registry) {
        if (Tags.notModified(ctx, hash)) {
            return;
        }
        send(ctx, hash, render(hash, format, rendered, registry));
    }

    private static RenderedCards.Rendered render(ContentHash hash, OutputFormat format, RenderedCards rendered, Registry registry) {
        return rendered.get(hash, format, () -> registry.catalog().revision(hash)
                .orElseThrow(() -> new ApiException(404, "catalog/unknown-revision", "there is no revision " + hash)).card());
    }

    private static void send(Context ctx, ContentHash hash, RenderedCards.Rendered r) {
        Tags.etag(ctx, hash);
        ctx.contentType(r.contentType()).result(r.bytes());
    }

    private static ContentHash hash(String text) {
        try {
            return ContentHash.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "request/bad-parameter", "a revision is named by its hash, sha256:<64 hex digits>");
        }
    }

    private static List<FieldEdit> fieldEdits(List<EditJson> edits) {
        List<FieldEdit> out = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            EditJson e = edits.get(i);
            String at = "/edits/" + i;
            if (e == null || e.op() == null) {
                throw new ApiException(400, "request/missing-field", "each edit needs \"op\": set or remove", at + "/op");
            }
            String pointer = Bodies.required(e.pointer(), at.substring(1) + "/pointer");
            out.add(switch (e.op()) {
                case "set" -> {
                    if (e.value() == null) {
                        throw new ApiException(400, "request/missing-field", "a set needs a \"value\"", at + "/value");
                    }
                    yield FieldEdit.set(pointer, e.value());
                }
                case "remove" -> FieldEdit.remove(pointer);
                default -> throw new ApiException(400, "request/bad-field", "op must be set or remove, not \"" + e.op() + "\"",
                        at + "/op");
            });
        }
        return out;
    }

    /**
     * The body of editCard.
     *
     * @param edits the edits, applied in order as one revision
     */
    record Edits(List<EditJson> edits) {}

    /**
     * One field edit.
     *
     * @param op      set or remove
     * @param pointer the field's JSON Pointer
     * @param value   the new value (for set)
     */
    record EditJson(String op, String pointer, JsonNode value) {}
}
