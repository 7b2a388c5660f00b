package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chart points: every day of a period (missing days as zero), or seven-day sums for periods over 90 days. */
final class Buckets {

    static final int WEEKLY_ABOVE_DAYS = 90;

    private Buckets() {
    }

    static boolean weekly(Period p) {
        return p.days() > WEEKLY_ABOVE_DAYS;
    }

    /** Buckets end on the period's last day, so the latest week is whole; only the first may be shorter. */
    static List<DayTotal> of(Period p, List<DayTotal> days) {
        int size = weekly(p) ? 7 : 1;
        java.util.ArrayDeque<DayTotal> out = new java.util.ArrayDeque<>();
        int i = days.size() - 1;
        for (LocalDate end = p.to(); !end.isBefore(p.from()); end = end.minusDays(size)) {
            LocalDate start = end.minusDays(size - 1).isBefore(p.from()) ? p.from() : end.minusDays(size - 1);
            Counts sum = Counts.ZERO;
            long viewMs = 0;
            while (i >= 0 && !days.get(i).day().isBefore(start)) {
                if (!days.get(i).day().isAfter(end)) {
                    sum = sum.plus(days.get(i).counts());
                    viewMs += days.get(i).viewMillisTotal();
                }
                i--;
            }
            out.addFirst(new DayTotal(start, sum, viewMs));
        }
        return new ArrayList<>(out);
    }
}
