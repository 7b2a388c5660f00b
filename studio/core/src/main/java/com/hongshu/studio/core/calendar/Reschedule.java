package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.sync.ScheduledTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** The rules for moving a note on the calendar, and the arithmetic of a move in the account's zone. */
public final class Reschedule {

    public enum Refusal { PUBLISHED, IN_PAST }

    private Reschedule() {
    }

    /** Why a note in {@code status} may not move to {@code target} at {@code now}, if it may not. */
    public static Optional<Refusal> refusal(NoteStatus status, Instant target, Instant now) {
        if (status == NoteStatus.PUBLISHED) {
            return Optional.of(Refusal.PUBLISHED);
        }
        if (!target.isAfter(now)) {
            return Optional.of(Refusal.IN_PAST);
        }
        return Optional.empty();
    }

    /** {@code at} moved to {@code day}, keeping its wall-clock time in {@code zone} (as the month view drags). */
    public static Instant toDay(Instant at, LocalDate day, ZoneId zone) {
        return ScheduledTime.toInstant(day.atTime(ScheduledTime.wallClock(at, zone).toLocalTime()), zone);
    }

    /** {@code day} at {@code time} in {@code zone} (as the week view drags). */
    public static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ScheduledTime.toInstant(day.atTime(time), zone);
    }
}
