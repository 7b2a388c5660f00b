package com.hongshu.studio.core.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A span of whole days, both ends included, in the user's zone. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
    }

    /** The {@code days} days that end with {@code last}. */
    public static Period lastDays(int days, LocalDate last) {
        return new Period(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one: what the change on a KPI card compares against. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
