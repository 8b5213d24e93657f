package io.modelcards.render.jinja.internal.py;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lists and dicts a template created itself. Only these may be changed by {@code append}, {@code update} and the
 * like: the caller's data is read in place (no copy per render) and must stay as it was, so every render of the
 * same input gives the same bytes.
 */
public final class Owned {
    private Owned() {
    }

    public static final class PyList extends ArrayList<Object> {
        public PyList() {
        }

        public PyList(Collection<?> items) {
            super(items);
        }
    }

    public static final class PyDict extends LinkedHashMap<Object, Object> {
        public PyDict() {
        }

        public PyDict(Map<?, ?> m) {
            super(m);
        }
    }
}
