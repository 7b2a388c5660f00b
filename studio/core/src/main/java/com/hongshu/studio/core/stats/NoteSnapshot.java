package com.hongshu.studio.core.stats;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A note's totals since publishing as of a day (one row of the creator centre's content list). The store turns it into
 * that day's figures: the difference from what it already holds for the earlier days.
 */
public record NoteSnapshot(NoteRef note, LocalDate asOf, Counts totals, long avgViewMillis, Instant publishedAt,
                           String kind) {
}
