package com.hongshu.studio.core.calendar;

import java.time.ZoneId;

/** What the calendar is set to: posting slots, pace, and the account's zone (the zone slots and days are read in). */
public record CalendarSettings(PostingSlots slots, Pace pace, ZoneId accountZone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public static final CalendarSettings DEFAULT = new CalendarSettings(PostingSlots.DEFAULT, Pace.DEFAULT, DEFAULT_ZONE);

    public CalendarSettings withSlots(PostingSlots newSlots) {
        return new CalendarSettings(newSlots, pace, accountZone);
    }

    public CalendarSettings withPace(Pace newPace) {
        return new CalendarSettings(slots, newPace, accountZone);
    }
}
