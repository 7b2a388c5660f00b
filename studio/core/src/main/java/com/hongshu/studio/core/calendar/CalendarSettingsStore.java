package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.workspace.SettingsRepository;
import java.lang.System.Logger;
import java.time.Duration;
import java.time.ZoneId;

/** Keeps {@link CalendarSettings} in the workspace settings. A damaged value falls back to its default (and is logged). */
public final class CalendarSettingsStore {

    static final String SLOTS = "calendar.slots";
    static final String GAP_MINUTES = "calendar.minGapMinutes";
    static final String ZONE = "calendar.accountZone";

    private static final Logger LOG = System.getLogger("studio.calendar");

    private final SettingsRepository settings;

    public CalendarSettingsStore(SettingsRepository settings) {
        this.settings = settings;
    }

    public CalendarSettings load() {
        PostingSlots slots = PostingSlots.DEFAULT;
        Pace pace = Pace.DEFAULT;
        ZoneId zone = CalendarSettings.DEFAULT_ZONE;
        try {
            slots = settings.get(SLOTS).map(PostingSlots::parse).orElse(PostingSlots.DEFAULT);
        } catch (IllegalArgumentException e) {
            LOG.log(Logger.Level.WARNING, "ignoring damaged posting slots", e);
        }
        try {
            pace = settings.get(GAP_MINUTES)
                    .map(m -> new Pace(Duration.ofMinutes(Long.parseLong(m.strip())), Pace.MAX_PER_DAY))
                    .orElse(Pace.DEFAULT);
        } catch (RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "ignoring damaged minimum gap", e);
        }
        try {
            zone = settings.get(ZONE).map(ZoneId::of).orElse(CalendarSettings.DEFAULT_ZONE);
        } catch (RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "ignoring damaged account zone", e);
        }
        return new CalendarSettings(slots, pace, zone);
    }

    public void save(CalendarSettings s) {
        settings.put(SLOTS, s.slots().encode());
        settings.put(GAP_MINUTES, Long.toString(s.pace().minGap().toMinutes()));
        settings.put(ZONE, s.accountZone().getId());
    }
}
