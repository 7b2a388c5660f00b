package com.hongshu.studio.core.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A stored instant as the account's zone shows it and as the computer's zone shows it. {@code differs} compares the
 * offsets at that instant, so two zone names that agree then (or the same zone) show one time only.
 */
public record DualTime(ZonedDateTime account, ZonedDateTime local, boolean differs) {

    public static DualTime of(Instant at, ZoneId accountZone, ZoneId localZone) {
        ZonedDateTime a = at.atZone(accountZone);
        ZonedDateTime l = at.atZone(localZone);
        return new DualTime(a, l, !a.getOffset().equals(l.getOffset()));
    }
}
