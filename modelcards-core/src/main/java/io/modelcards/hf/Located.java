package io.modelcards.hf;

import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects, while reading a README, where each card value was written and the problems found. */
final class Located {
    final String file;
    final Map<String, int[]> positions = new LinkedHashMap<>();
    final List<Diagnostic> errors = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();

    Located(String file) {
        this.file = file;
    }

    void at(String pointer, YNode n) {
        positions.putIfAbsent(pointer, new int[] {n.line(), n.column()});
    }

    void at(String pointer, int line, int column) {
        positions.putIfAbsent(pointer, new int[] {line, column});
    }

    /** Records the position of {@code n} and of everything under it, pointer by pointer. */
    void atAll(String pointer, YNode n) {
        at(pointer, n);
        if (n instanceof YNode.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                atAll(pointer + "/" + i, s.items().get(i));
            }
        } else if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                atAll(pointer + "/" + escape(e.key()), e.value());
            }
        }
    }

    Diagnostic error(YNode n, String code, String message) {
        Diagnostic d = Diagnostic.error(file, n.line(), n.column(), code, message);
        errors.add(d);
        return d;
    }

    /** A JSON Pointer segment for {@code key}: "~" and "/" escaped. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
