package com.hongshu.studio.core.stats;

import java.time.LocalDate;

/**
 * One note's figures for one day (what happened that day, not a running total). {@code viewMillisTotal} is the
 * average view time times views, so that averages over many days and notes stay exact.
 */
public record NoteDay(NoteRef note, LocalDate day, Counts counts, long viewMillisTotal) {

    public static NoteDay of(NoteRef note, LocalDate day, Counts counts, long avgViewMillis) {
        return new NoteDay(note, day, counts, avgViewMillis * Math.max(0, counts.views()));
    }
}
