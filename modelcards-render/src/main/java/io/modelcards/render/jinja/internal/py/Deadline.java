package io.modelcards.render.jinja.internal.py;

/**
 * Text for a regular expression that checks the render's deadline as it is read: Java's regex engine cannot be
 * interrupted otherwise, and some patterns backtrack for a long time on hostile text.
 */
public final class Deadline implements CharSequence {
    private final Budget budget;
    private final String text;
    private final int from;
    private final int to;

    private Deadline(Budget budget, String text, int from, int to) {
        this.budget = budget;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** {@code text}, read with {@code budget}'s deadline checked every few hundred characters. */
    public static CharSequence text(Budget budget, String text) {
        return new Deadline(budget, text, 0, text.length());
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        budget.tick();
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new Deadline(budget, text, from + start, from + end);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}
