package io.modelcards.render.jinja.internal.py;

/**
 * The limits of one render as the Python value operations see them: how large one value may be, how much the render
 * may build in total, and its deadline. An operation that builds a string or a list checks its size with
 * {@link #reach} before (or while) it allocates; the evaluator charges each value an operation returns with
 * {@link #grow}; long loops inside one operation call {@link #tick()}. So neither memory nor time can run away inside
 * a filter.
 */
public interface Budget {
    /** Units per list or dict entry: a reference and its share of the backing array, about four characters. */
    long ITEM = 4;
    /** Units per string object besides its characters (its header and array), charged when a container keeps it. */
    long PIECE = 4 * ITEM;

    /**
     * Refuses a string of {@code size} characters, or a list of {@code size / ITEM} entries, larger than one value may be.
     * Builders call it before they allocate, or every so often as they append.
     */
    void reach(long size);

    /** {@link #reach} the size, then charge it to the render's growth budget (everything built, garbage included). */
    void grow(long units);

    /** Stops the render with a timeout error once its deadline has passed; cheap enough to call per loop step. */
    void tick();
}
