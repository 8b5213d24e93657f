package io.modelcards.standards.internal.mct;

import java.util.List;

/** JSON Pointers into a card and the patterns of mapping rows, where a {@code *} segment stands for any one segment. */
public final class Pointers {
    private Pointers() {}

    /** {@code parent} with one more segment, escaped as RFC 6901 says ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    public static String child(String parent, String segment) {
        return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} with an array index appended. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The segments of a pointer, still escaped; the root has none. */
    public static List<String> segments(String pointer) {
        return pointer.isEmpty() ? List.of() : List.of(pointer.substring(1).split("/", -1));
    }

    /** Whether {@code pointer} is what {@code pattern} names. */
    public static boolean matches(String pattern, String pointer) {
        List<String> p = segments(pattern);
        List<String> s = segments(pointer);
        return p.size() == s.size() && prefixMatches(p, s);
    }

    /** Whether {@code pattern} names something strictly inside {@code pointer}. */
    public static boolean descendsInto(String pattern, String pointer) {
        List<String> p = segments(pattern);
        List<String> s = segments(pointer);
        return p.size() > s.size() && prefixMatches(p.subList(0, s.size()), s);
    }

    /** Whether {@code pattern} names {@code pointer} or one of its ancestors. */
    public static boolean covers(String pattern, String pointer) {
        List<String> p = segments(pattern);
        List<String> s = segments(pointer);
        return p.size() <= s.size() && prefixMatches(p, s.subList(0, p.size()));
    }

    private static boolean prefixMatches(List<String> pattern, List<String> segments) {
        for (int i = 0; i < pattern.size(); i++) {
            if (!pattern.get(i).equals("*") && !pattern.get(i).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }
}
