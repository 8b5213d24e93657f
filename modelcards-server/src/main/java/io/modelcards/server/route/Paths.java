package io.modelcards.server.route;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code {name}} parameters of a route path. */
final class Paths {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private Paths() {
    }

    /** The parameter names in {@code path}, in order. */
    static List<String> parameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
