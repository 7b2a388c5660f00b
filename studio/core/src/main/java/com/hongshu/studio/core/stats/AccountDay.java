package com.hongshu.studio.core.stats;

import java.time.LocalDate;

/** The account's figures for one day: followers at the end of the day, new and lost that day, profile visitors. */
public record AccountDay(LocalDate day, long followers, long newFollowers, long lostFollowers, long profileVisits) {

    public long netGain() {
        return newFollowers - lostFollowers;
    }
}
