package com.hongshu.studio.core.calendar;

import java.time.Duration;

/**
 * How far apart the user wants notes of one day, and how many a day are too many. The platform is said to down-weight
 * accounts that post in bursts; creator tools keep to about 50 a day (PLATFORM-RULES.md): a warning, never a refusal.
 */
public record Pace(Duration minGap, int maxPerDay) {

    public static final Duration DEFAULT_GAP = Duration.ofMinutes(30);
    public static final int MAX_PER_DAY = 50;
    public static final Duration LONGEST_GAP = Duration.ofHours(12);

    public static final Pace DEFAULT = new Pace(DEFAULT_GAP, MAX_PER_DAY);

    public Pace {
        if (minGap.isNegative() || minGap.compareTo(LONGEST_GAP) > 0) {
            throw new IllegalArgumentException("minimum gap out of range: " + minGap);
        }
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("max per day: " + maxPerDay);
        }
    }
}
