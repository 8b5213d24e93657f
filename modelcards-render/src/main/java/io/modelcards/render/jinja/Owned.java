package io.modelcards.render.jinja;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists and dicts a template created itself. Only these may be changed by {@code append}, {@code update} and the
 * like: the caller's data is read in place (no copy per render) and must stay as it was, so every render of the
 * same input gives the same bytes.
 */
final class Owned {
    private Owned() {
    }

    static final class PyList extends ArrayList<Object> {
        PyList() {
        }

        PyList(Collection<?> items) {
            super(items);
        }
    }

    static final class PyDict extends LinkedHashMap<Object, Object> {
        PyDict() {
        }

        PyDict(Map<?, ?> m) {
            super(m);
        }
    }
}
