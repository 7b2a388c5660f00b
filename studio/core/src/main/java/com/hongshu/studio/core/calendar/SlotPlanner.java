package com.hongshu.studio.core.calendar;

import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "Next free slot" for one account: the user's slots (in that account's zone) and pace against that account's notes
 * already on the calendar (each account posts on its own). Blocking.
 */
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

    /**
     * The first free slot from now on for a note of {@code accountId} (0: every note counts), its slots read in
     * {@code zone}, not counting note {@code movingNoteId} itself (0 for none).
     */
    public Optional<SlotFinder.Slot> nextFree(long accountId, ZoneId zone, long movingNoteId) {
        return nextFree(accountId, zone, movingNoteId, clock.instant());
    }

    /** The first free slot after {@code after}; see {@link #nextFree(long, ZoneId, long)}. */
    public Optional<SlotFinder.Slot> nextFree(long accountId, ZoneId zone, long movingNoteId, Instant after) {
        List<Instant> taken = notes.listScheduledBetween(after.minus(Duration.ofDays(1)),
                        after.plus(Duration.ofDays(SlotFinder.DAYS_AHEAD + 1)), accountId, MAX_TAKEN).stream()
                .filter(n -> n.id() != movingNoteId).map(NoteSummary::scheduledAt).toList();
        return finder.nextFree(after, settings.load().withZone(zone), taken);
    }

    public SlotFinder finder() {
        return finder;
    }
}
