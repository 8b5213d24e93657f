package io.modelcards.registry.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors: the last key of a page, tagged with the listing it belongs to, in base64url. Clients pass them
 * back unchanged; a cursor that does not decode, or belongs to another listing, is {@code catalog/bad-cursor}.
 */
final class Cursors {
    private Cursors() {}

    static String encode(String listing, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((listing + ":" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The last key in {@code cursor}, or null for no cursor (the first page). */
    static String decode(String listing, String cursor, String subject) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = "";
        }
        if (!text.startsWith(listing + ":")) {
            throw new CatalogException(subject, "catalog/bad-cursor",
                    "the page cursor is not one this listing gave out: pass back the cursor of the previous page unchanged, or none");
        }
        return text.substring(listing.length() + 1);
    }

    static long decodeId(String listing, String cursor, String subject) {
        String key = decode(listing, cursor, subject);
        if (key == null) {
            return 0;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new CatalogException(subject, "catalog/bad-cursor",
                    "the page cursor is not one this listing gave out: pass back the cursor of the previous page unchanged, or none");
        }
    }
}
