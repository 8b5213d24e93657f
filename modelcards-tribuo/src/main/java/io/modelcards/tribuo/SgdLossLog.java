package io.modelcards.tribuo;

import io.modelcards.capture.MetricsLogged;
import io.modelcards.capture.RunListener;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the loss curve of a Tribuo SGD training run. Tribuo's SGD trainers have no callback; they log
 * "At iteration N, average loss = X" every {@code loggingInterval} iterations through java.util.logging, so this
 * handler listens on that logger, on the training thread only, for the duration of one run.
 *
 * <p>The series is named {@code objective}, not {@code loss}: Tribuo logs each objective's own value with its own
 * sign (for LogMulticlass it is the mean log-likelihood, at most 0, and higher is better), and calling that a loss
 * would invert the reader's sense of the curve.
 */
final class SgdLossLog extends Handler implements AutoCloseable {
    static final String LOGGER = "org.tribuo.common.sgd.AbstractSGDTrainer";
    /** The name of the captured series. */
    static final String SERIES = "objective";
    private static final Pattern LINE = Pattern.compile("At iteration (\\d+), average loss = (\\S+)");

    private final Logger logger = Logger.getLogger(LOGGER);
    private final Thread trainingThread = Thread.currentThread();
    private final RunListener listener;
    private final long iterationsPerEpoch;
    private final Level previousLevel;
    private long lastStep;

    /** Starts listening; {@code iterationsPerEpoch} converts iterations to epochs (0 if unknown). */
    SgdLossLog(RunListener listener, long iterationsPerEpoch) {
        this.listener = listener;
        this.iterationsPerEpoch = iterationsPerEpoch;
        this.previousLevel = logger.getLevel();
        if (!logger.isLoggable(Level.INFO)) {
            logger.setLevel(Level.INFO);
        }
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (Thread.currentThread() != trainingThread || record.getMessage() == null) {
            return;
        }
        Matcher m = LINE.matcher(record.getMessage());
        if (!m.find()) {
            return;
        }
        try {
            long step = Long.parseLong(m.group(1));
            double value = Double.parseDouble(m.group(2));
            Double epoch = iterationsPerEpoch > 0 ? (double) step / iterationsPerEpoch : null;
            lastStep = step;
            listener.onMetricsLogged(new MetricsLogged(step, epoch, Map.of(SERIES, value)));
        } catch (NumberFormatException e) {
            // A message of another shape under the same words: not a loss line, so not part of the curve.
        }
    }

    /** The last iteration a loss was logged at, or 0. */
    long lastStep() {
        return lastStep;
    }

    @Override
    public void flush() {
        // Nothing is buffered.
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
