package com.hongshu.studio.core.stats;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A note's totals since publishing, with its first day and first seven days for comparisons at the same age. {@code id}
 * is the statistics store's own key for the note; {@code flaggedDays} counts days on which a counter went backwards.
 */
public record NoteStats(long id, NoteRef ref, Instant publishedAt, String kind, Counts totals, long viewMillisTotal,
                        Counts firstDay, Counts firstWeek, LocalDate firstDate, LocalDate lastDate, int flaggedDays) {

    public long avgViewMillis() {
        return totals.views() <= 0 ? 0 : viewMillisTotal / totals.views();
    }

    public double engagementRate() {
        return Kpis.rate(totals.engagements(), totals.views());
    }
}
