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

    static List<DayTotal> of(Period p, List<DayTotal> days) {
        int size = weekly(p) ? 7 : 1;
        List<DayTotal> out = new ArrayList<>();
        int i = 0;
        for (LocalDate start = p.from(); !start.isAfter(p.to()); start = start.plusDays(size)) {
            LocalDate end = start.plusDays(size - 1);
            Counts sum = Counts.ZERO;
            long viewMs = 0;
            while (i < days.size() && !days.get(i).day().isAfter(end)) {
                if (!days.get(i).day().isBefore(start)) {
                    sum = sum.plus(days.get(i).counts());
                    viewMs += days.get(i).viewMillisTotal();
                }
                i++;
            }
            out.add(new DayTotal(start, sum, viewMs));
        }
        return out;
    }
}
