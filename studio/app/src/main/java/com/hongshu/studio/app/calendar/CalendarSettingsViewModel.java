package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.calendar.CalendarSettings;
import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.calendar.Pace;
import com.hongshu.studio.core.calendar.PostingSlots;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The calendar's settings as the user edits them: one line of times per weekday and the minimum gap in minutes (read
 * in the zone of the account shown; that zone is set on the Sync screen). Saved only when every field reads;
 * otherwise the first bad one is named and nothing changes.
 */
public final class CalendarSettingsViewModel {

    private final CalendarViewModel calendar;
    private final CalendarSettingsStore store;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Map<DayOfWeek, StringProperty> slots = new EnumMap<>(DayOfWeek.class);
    private final StringProperty gapMinutes = new SimpleStringProperty("");

    public CalendarSettingsViewModel(CalendarViewModel calendar, CalendarSettingsStore store, TaskRunner tasks,
                                     Notifier notifier, I18n i18n) {
        this.calendar = calendar;
        this.store = store;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        for (DayOfWeek d : DayOfWeek.values()) {
            slots.put(d, new SimpleStringProperty(""));
        }
        show(calendar.settingsProperty().get());
        calendar.settingsProperty().addListener((o, a, b) -> show(b));
    }

    /** Puts the saved settings back into the fields (also undoes unsaved edits). */
    public void show(CalendarSettings s) {
        slots.forEach((d, p) -> p.set(PostingSlots.formatTimes(s.slots().on(d))));
        gapMinutes.set(Long.toString(s.pace().minGap().toMinutes()));
    }

    /** Throws away unsaved edits. */
    public void reset() {
        show(calendar.settingsProperty().get());
    }

    /** Checks every field and saves; returns false (with a message naming the bad field) if one does not read. */
    public boolean save() {
        PostingSlots parsed = new PostingSlots(Map.of());
        for (DayOfWeek d : DayOfWeek.values()) {
            try {
                List<LocalTime> times = PostingSlots.parseTimes(slots.get(d).get() == null ? "" : slots.get(d).get());
                parsed = parsed.with(d, times);
            } catch (IllegalArgumentException e) {
                notifier.warn(i18n.format("calendar.settings.badTime", e.getMessage(),
                        d.getDisplayName(TextStyle.FULL, i18n.locale())));
                return false;
            }
        }
        Pace pace;
        try {
            long minutes = Long.parseLong(gapMinutes.get().strip());
            pace = new Pace(Duration.ofMinutes(minutes), Pace.MAX_PER_DAY);
        } catch (RuntimeException e) {
            notifier.warn(i18n.format("calendar.settings.badGap", gapMinutes.get(), Pace.LONGEST_GAP.toMinutes()));
            return false;
        }
        CalendarSettings next = new CalendarSettings(parsed, pace, calendar.settingsProperty().get().accountZone());
        tasks.quietly(p -> {
            store.save(next);
            return next;
        }, saved -> {
            notifier.success(i18n.get("calendar.settings.saved"));
            calendar.settingsChanged(saved);
        }, e -> notifier.error(i18n.get("calendar.settings.failed"), e));
        return true;
    }

    public StringProperty slotsProperty(DayOfWeek day) { return slots.get(day); }
    public StringProperty gapMinutesProperty() { return gapMinutes; }
}
