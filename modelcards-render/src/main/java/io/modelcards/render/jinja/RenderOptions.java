package io.modelcards.render.jinja;

import java.time.Duration;

/**
 * Limits and strictness for one render.
 *
 * @param strict         undefined variables are errors instead of empty text
 * @param maxOutputChars output longer than this stops the render with an error; it also bounds each string or list
 *                       the template builds, and (times four) all of them together
 * @param timeout        a render running longer than this is stopped with an error
 */
public record RenderOptions(boolean strict, long maxOutputChars, Duration timeout) {
    /** Lenient, 10 M characters, 10 seconds. */
    public static final RenderOptions DEFAULT = new RenderOptions(false, 10_000_000L, Duration.ofSeconds(10));

    /** A copy with strict mode on or off. */
    public RenderOptions withStrict(boolean s) {
        return new RenderOptions(s, maxOutputChars, timeout);
    }

    /** A copy with another output limit (characters). */
    public RenderOptions withMaxOutputChars(long max) {
        return new RenderOptions(strict, max, timeout);
    }

    /** A copy with another render time limit. */
    public RenderOptions withTimeout(Duration t) {
        return new RenderOptions(strict, maxOutputChars, t);
    }
}
