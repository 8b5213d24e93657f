package io.modelcards.profile;

/** Hears how far a profile run has got; called from worker threads, at most a few times a second. */
@FunctionalInterface
public interface ProgressListener {
    /** {@code bytesDone} of {@code bytesTotal} input bytes (on disk) are read, giving {@code rows} rows so far. */
    void progress(long bytesDone, long bytesTotal, long rows);

    /** The scan is over: all {@code bytesTotal} bytes are read, giving {@code rows} rows. Called once, last. */
    default void done(long bytesTotal, long rows) {
        progress(bytesTotal, bytesTotal, rows);
    }

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total, rows) -> {};
}
