package com.hongshu.studio.core.stats;

import java.time.LocalDate;

/** All notes' figures of one day (a rollup row). */
public record DayTotal(LocalDate day, Counts counts, long viewMillisTotal) {
}
