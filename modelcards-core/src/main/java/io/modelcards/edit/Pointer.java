package io.modelcards.edit;

import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Parses and writes RFC 6901 JSON Pointers: {@code /a/b~1c} is the tokens {@code a} and {@code b/c}. */
final class Pointer {
    private Pointer() {}

    /** The unescaped tokens of {@code pointer}, or refuses one that is not a JSON Pointer. */
    static List<String> parse(String pointer) throws InvalidInputException {
        if (pointer == null || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
            throw Refusals.badPointer(String.valueOf(pointer), "\"" + pointer + "\" is not a JSON Pointer: start it with \"/\","
                    + " as in /uses/out_of_scope_use");
        }
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            for (int i = raw.indexOf('~'); i >= 0; i = raw.indexOf('~', i + 1)) {
                if (i + 1 >= raw.length() || (raw.charAt(i + 1) != '0' && raw.charAt(i + 1) != '1')) {
                    throw Refusals.badPointer(pointer, pointer + " has a \"~\" that is not ~0 or ~1: inside a key, write ~0 for \"~\""
                            + " and ~1 for \"/\"");
                }
            }
            // RFC 6901: ~1 first, then ~0, so that "~01" reads as "~1" and not "/".
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** {@code parent} extended by one token, escaped. */
    static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} extended by the tokens, escaped. */
    static String join(String parent, List<String> tokens) {
        String p = parent;
        for (String t : tokens) {
            p = child(p, t);
        }
        return p;
    }

    /** The array index a token names (RFC 6901: {@code 0} or digits without a leading zero), or -1 if it names none. */
    static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}
