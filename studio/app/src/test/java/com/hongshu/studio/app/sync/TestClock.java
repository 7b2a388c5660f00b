package com.hongshu.studio.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that moves only when told to; {@link #onChange} lets a sandbox follow it. */
final class TestClock extends Clock {

    private volatile Instant now;
    private volatile ZoneId zone;
    private volatile java.util.function.Consumer<Instant> onChange = i -> { };

    TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void onChange(java.util.function.Consumer<Instant> listener) {
        this.onChange = listener;
        listener.accept(now);
    }

    void advance(Duration d) {
        set(now.plus(d));
    }

    void set(Instant instant) {
        now = instant;
        onChange.accept(instant);
    }

    /** The computer moved to another time zone. */
    void setZone(ZoneId newZone) {
        zone = newZone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
