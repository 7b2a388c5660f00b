package com.hongshu.studio.core.sync;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns the wall-clock time a user picked in an account's zone into the instant that is stored. A time that does not
 * exist (spring-forward gap) moves forward by the gap; an ambiguous one (fall-back overlap) takes the earlier offset,
 * i.e. the first time the clock shows it.
 */
public final class ScheduledTime {

    private ScheduledTime() {
    }

    public static Instant toInstant(LocalDateTime wallClock, ZoneId zone) {
        // ofLocal moves a time in a gap later by the gap's length and, with no preferred offset, takes the earlier
        // offset in an overlap.
        return ZonedDateTime.ofLocal(wallClock, zone, null).toInstant();
    }

    /** What the user sees for a stored instant in the account's zone. */
    public static LocalDateTime wallClock(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
