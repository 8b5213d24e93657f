package io.modelcards.render.jinja.internal.py;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** A Python tuple: an immutable list that prints as {@code (a, b)}. */
public class PyTuple extends AbstractList<Object> implements RandomAccess {
    private final Object[] items;

    /** A tuple of {@code items} (the array is kept, not copied). */
    public PyTuple(Object... items) {
        this.items = items;
    }

    /** A tuple of the list's items. */
    public static PyTuple of(List<?> list) {
        return new PyTuple(list.toArray());
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
