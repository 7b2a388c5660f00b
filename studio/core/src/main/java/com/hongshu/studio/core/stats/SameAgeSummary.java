package com.hongshu.studio.core.stats;

/** Views of all notes with a known publishing time in their first day and first seven days: average and best. */
public record SameAgeSummary(long notes, double avgFirstDay, long bestFirstDay, double avgFirstWeek,
                             long bestFirstWeek) {
}
