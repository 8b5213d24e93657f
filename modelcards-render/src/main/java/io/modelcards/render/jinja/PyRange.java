package io.modelcards.render.jinja;

import java.util.AbstractList;

/** Python's lazy {@code range}: iterating a huge one is stopped by the render's time limit, not memory. */
final class PyRange extends AbstractList<Object> implements PyObject {
    private final long start;
    private final long stop;
    private final long step;
    private final int size;

    PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw new TemplateError("template/runtime", "range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        this.size = (int) Math.max(0, Math.min(Integer.MAX_VALUE, n));
    }

    @Override
    public Object get(int index) {
        return start + step * index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object attr(String name) {
        return Undefined.attribute(this, name);
    }

    @Override
    public String pyRepr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
