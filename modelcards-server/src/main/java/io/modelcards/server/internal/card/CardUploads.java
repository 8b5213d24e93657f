package io.modelcards.server.internal.card;

import io.javalin.http.Context;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardReader;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.RouteTable;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded card through the core card reader, in the format its content type names: README.md
 * ({@code text/markdown}), JSON ({@code application/json}) or YAML ({@code application/yaml}). A card that cannot be
 * read is an {@link InvalidInputException} whose problems carry their line and column in the body.
 */
public final class CardUploads {
    /** The name the request body has in diagnostics. */
    public static final String BODY = "request body";
    private static final Map<String, CardFormat> FORMATS = Map.of(
            RouteTable.MARKDOWN, CardFormat.README, "text/x-markdown", CardFormat.README,
            RouteTable.JSON, CardFormat.JSON,
            RouteTable.YAML, CardFormat.YAML, "application/x-yaml", CardFormat.YAML, "text/yaml", CardFormat.YAML);

    private CardUploads() {
    }

    /** The card in {@code ctx}'s body; 415 for another content type, 422 (via the exception) for a bad card. */
    public static ModelCard read(Context ctx) throws InvalidInputException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        CardFormat format = FORMATS.get(type);
        if (format == null) {
            throw new ApiException(415, "request/media-type", "send the card as text/markdown (README.md), "
                    + "application/json or application/yaml" + (type.isEmpty() ? " (no Content-Type was given)"
                    : ", not " + type));
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "request/empty-body", "the request has no card: send one in the body");
        }
        return CardReader.read(body, BODY, format, false).card();
    }
}
