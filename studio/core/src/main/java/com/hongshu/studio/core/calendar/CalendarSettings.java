package com.hongshu.studio.core.calendar;

import java.time.ZoneId;

/**
 * What the calendar is set to: posting slots and pace (saved), and the zone slots and days are read in, which is the
 * zone of the account the calendar shows (kept on the account, see {@link CalendarSettingsStore#moveLegacyZone}).
 */
public record CalendarSettings(PostingSlots slots, Pace pace, ZoneId accountZone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public static final CalendarSettings DEFAULT = new CalendarSettings(PostingSlots.DEFAULT, Pace.DEFAULT, DEFAULT_ZONE);

    public CalendarSettings withSlots(PostingSlots newSlots) {
        return new CalendarSettings(newSlots, pace, accountZone);
    }

    public CalendarSettings withZone(ZoneId zone) {
        return new CalendarSettings(slots, pace, zone);
    }

    public CalendarSettings withPace(Pace newPace) {
        return new CalendarSettings(slots, newPace, accountZone);
    }
}
