package io.modelcards.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until a test moves it; shared by the registry's and the server's tests. */
public final class MovingClock extends Clock {
    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public MovingClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on by {@code step}. */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
