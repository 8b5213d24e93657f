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

    /** A list the template created, which it may change. */
    public static final class PyList extends ArrayList<Object> {
        /** An empty list. */
        public PyList() {
        }

        /** A list holding {@code items}. */
        public PyList(Collection<?> items) {
            super(items);
        }
    }

    /** A dict the template created, which it may change. */
    public static final class PyDict extends LinkedHashMap<Object, Object> {
        /** An empty dict. */
        public PyDict() {
        }

        /** A dict holding the entries of {@code m}, in order. */
        public PyDict(Map<?, ?> m) {
            super(m);
        }
    }
}
