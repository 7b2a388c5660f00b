package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** "Next free slot" over the workspace: the user's slots and pace against the notes already on the calendar. Blocking. */
public final class SlotPlanner {

    /** More than a year of notes at the daily maximum; the finder looks no further anyway. */
    private static final int MAX_TAKEN = 20_000;

    private final NoteRepository notes;
    private final CalendarSettingsStore settings;
    private final SlotFinder finder;
    private final Clock clock;

    public SlotPlanner(NoteRepository notes, CalendarSettingsStore settings, Clock clock) {
        this.notes = notes;
        this.settings = settings;
        this.finder = new SlotFinder(clock);
        this.clock = clock;
    }

    /** The first free slot from now on, not counting note {@code movingNoteId} itself (0 for none). */
    public Optional<SlotFinder.Slot> nextFree(long movingNoteId) {
        return nextFree(movingNoteId, clock.instant());
    }

    /** The first free slot after {@code after}, not counting note {@code movingNoteId} itself (0 for none). */
    public Optional<SlotFinder.Slot> nextFree(long movingNoteId, Instant after) {
        List<Instant> taken = notes.listScheduledBetween(after.minus(Duration.ofDays(1)),
                        after.plus(Duration.ofDays(SlotFinder.DAYS_AHEAD + 1)), MAX_TAKEN).stream()
                .filter(n -> n.id() != movingNoteId).map(NoteSummary::scheduledAt).toList();
        return finder.nextFree(after, settings.load(), taken);
    }

    public SlotFinder finder() {
        return finder;
    }
}
