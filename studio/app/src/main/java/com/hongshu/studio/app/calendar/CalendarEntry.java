package com.hongshu.studio.app.calendar;

import com.hongshu.studio.core.calendar.DualTime;
import com.hongshu.studio.core.calendar.PaceCheck.Crowding;
import com.hongshu.studio.core.notes.NoteStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** One note on the calendar: when (in both zones), its status and whether it sits too close to others. */
public record CalendarEntry(long id, String title, NoteStatus status, Instant at, DualTime time,
                            Set<Crowding> crowding) {

    public CalendarEntry {
        crowding = Set.copyOf(crowding);
    }

    /** The day it is on, in the account's zone (the calendar's days). */
    public LocalDate day() {
        return time.account().toLocalDate();
    }

    public boolean crowded() {
        return !crowding.isEmpty();
    }

    public boolean movable() {
        return status != NoteStatus.PUBLISHED;
    }
}
