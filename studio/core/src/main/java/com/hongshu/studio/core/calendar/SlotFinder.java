package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.sync.ScheduledTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the next posting slot that no scheduled note already occupies. A slot counts as taken when a note sits closer
 * to it than the minimum gap (so the suggestion never draws a "too close" warning), and a day that already holds the
 * daily maximum is skipped. Slots are wall-clock times in the account's zone, so a slot keeps its local time across a
 * DST change (a slot inside a spring-forward gap moves forward by the gap, see {@link ScheduledTime}).
 */
public final class SlotFinder {

    /** The platform holds a note itself when its post time is 1 hour to 14 days ahead (PLATFORM-RULES.md). */
    public static final Duration NATIVE_MIN_LEAD = Duration.ofHours(1);
    public static final Duration NATIVE_MAX_LEAD = Duration.ofDays(14);

    /** How far ahead to look before giving up (no slots set, or every slot for a year taken). */
    static final int DAYS_AHEAD = 366;

    private final Clock clock;

    public SlotFinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * A free slot; {@code platformHolds} tells whether the platform could hold it natively (1 h .. 14 d from now).
     * When it cannot, the studio still publishes it itself at that time, provided it is running.
     */
    public record Slot(Instant at, boolean platformHolds) {
    }

    /** The first free slot strictly after {@code after}, or empty if there is none within a year. */
    public Optional<Slot> nextFree(Instant after, CalendarSettings settings, Collection<Instant> taken) {
        if (settings.slots().isEmpty()) {
            return Optional.empty();
        }
        List<Instant> sorted = taken.stream().sorted().toList();
        Duration gap = settings.pace().minGap();
        LocalDate day = LocalDate.ofInstant(after, settings.accountZone());
        for (int i = 0; i < DAYS_AHEAD; i++, day = day.plusDays(1)) {
            List<LocalTime> times = settings.slots().on(day.getDayOfWeek());
            if (times.isEmpty() || countOn(day, sorted, settings) >= settings.pace().maxPerDay()) {
                continue;
            }
            for (LocalTime t : times) {
                Instant at = ScheduledTime.toInstant(day.atTime(t), settings.accountZone());
                if (at.isAfter(after) && !occupied(at, sorted, gap)) {
                    return Optional.of(new Slot(at, platformHolds(at)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the platform's native scheduling accepts {@code at} now: information only. */
    public boolean platformHolds(Instant at) {
        Instant now = clock.instant();
        return !at.isBefore(now.plus(NATIVE_MIN_LEAD)) && !at.isAfter(now.plus(NATIVE_MAX_LEAD));
    }

    private static boolean occupied(Instant slot, List<Instant> taken, Duration gap) {
        for (Instant t : taken) {
            Duration d = Duration.between(t, slot).abs();
            if (d.isZero() || d.compareTo(gap) < 0) {
                return true;
            }
        }
        return false;
    }

    private static long countOn(LocalDate day, List<Instant> taken, CalendarSettings settings) {
        return taken.stream().filter(t -> LocalDate.ofInstant(t, settings.accountZone()).equals(day)).count();
    }
}
