package io.modelcards.registry.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URLs made safe to print: every password they carry is replaced by {@code ***}. */
final class JdbcUrls {
    /** {@code password=...} as a PostgreSQL query parameter or an H2 setting, up to the next separator. */
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)([^&;]*)");
    /** {@code scheme://user:password@host}, the user-info form. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)([^@/]*)(@)");

    private JdbcUrls() {}

    /** {@code url} with every password replaced by {@code ***}. */
    static String redact(String url) {
        if (url == null) {
            return "(none)";
        }
        String once = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(once).replaceAll("$1***$3");
    }

    /** {@code text} (an error message from a driver) with each password found in {@code url} replaced by {@code ***}. */
    static String scrub(String text, String url) {
        if (text == null) {
            return "";
        }
        String out = text.replace(url, redact(url));
        for (String secret : passwords(url)) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    private static List<String> passwords(String url) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(PASSWORD_PARAM, USER_INFO)) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                if (!m.group(2).isEmpty()) {
                    found.add(m.group(2));
                }
            }
        }
        return found;
    }
}
