package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.workspace.SettingsRepository;
import java.lang.System.Logger;
import java.time.Duration;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps the slots and pace of {@link CalendarSettings} in the workspace settings. A damaged value falls back to its
 * default (and is logged). The zone is the account's ({@code sync_account.zone_id}); the calendar's own zone setting
 * of earlier versions is moved onto the first account once.
 */
public final class CalendarSettingsStore {

    static final String SLOTS = "calendar.slots";
    static final String GAP_MINUTES = "calendar.minGapMinutes";
    /** Retired: read once by {@link #moveLegacyZone}, then removed. */
    static final String ZONE = "calendar.accountZone";

    private static final Logger LOG = System.getLogger("studio.calendar");

    private final SettingsRepository settings;

    public CalendarSettingsStore(SettingsRepository settings) {
        this.settings = settings;
    }

    public CalendarSettings load() {
        PostingSlots slots = PostingSlots.DEFAULT;
        Pace pace = Pace.DEFAULT;
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
        return new CalendarSettings(slots, pace, CalendarSettings.DEFAULT_ZONE);
    }

    public void save(CalendarSettings s) {
        settings.put(SLOTS, s.slots().encode());
        settings.put(GAP_MINUTES, Long.toString(s.pace().minGap().toMinutes()));
    }

    /**
     * The zone a user set on the calendar before it became the account's: copied onto the first account when it
     * differs from the default, then forgotten. Kept while there is no account yet. Returns the zone copied, if any.
     */
    public java.util.Optional<ZoneId> moveLegacyZone(SyncAccountRepository accounts, Instant now) {
        java.util.Optional<String> old = settings.get(ZONE);
        if (old.isEmpty()) {
            return java.util.Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(old.get().strip());
        } catch (RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "dropping damaged calendar zone " + old.get(), e);
            settings.remove(ZONE);
            return java.util.Optional.empty();
        }
        List<SyncAccount> all = accounts.all();
        if (all.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean copy = !zone.equals(CalendarSettings.DEFAULT_ZONE);
        if (copy) {
            accounts.setZone(all.get(0).id(), zone, now);
        }
        settings.remove(ZONE);
        return copy ? java.util.Optional.of(zone) : java.util.Optional.empty();
    }
}
