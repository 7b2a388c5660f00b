package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.calendar.PostingSlots;
import com.hongshu.studio.core.calendar.SlotFinder;
import com.hongshu.studio.core.calendar.SlotPlanner;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.SqliteSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's "next free slot": the calendar's slots, skipping slots other notes hold, never the note's own. */
class ComposerNextSlotTest {

    @TempDir
    Path dir;
    /** Tuesday 24 November 2026, 16:00 in Shanghai: today's 19:30 slot is still ahead, noon has passed. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private NotesTestKit kit;
    private ComposerViewModel vm;

    @BeforeEach
    void open() {
        kit = new NotesTestKit(dir.resolve("ws"), clock, Locale.ENGLISH);
        vm = kit.composer;
        CalendarSettingsStore store = new CalendarSettingsStore(new SqliteSettingsRepository(kit.ws.database()));
        SlotPlanner planner = new SlotPlanner(kit.repo, store, clock);
        vm.setNextSlot(new ComposerViewModel.NextSlot() {
            @Override
            public Optional<Instant> find(long noteId, Instant after) {
                return planner.nextFree(0, com.hongshu.studio.core.calendar.CalendarSettings.DEFAULT_ZONE, noteId, after).map(SlotFinder.Slot::at);
            }

            @Override
            public String describe(java.time.ZoneId zone, Instant at) {
                return at.toString();
            }
        });
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private Note stored() {
        return kit.repo.findById(vm.noteIdProperty().get()).orElseThrow();
    }

    private void readyNote() throws Exception {
        vm.newNote();
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("a.jpg"), 400, 300, 1, 1)));
        vm.titleProperty().set("秋日咖啡");
    }

    @Test
    void schedulesTheNoteForTodaysEveningSlot_andKeepsItThereWhenAskedAgain() throws Exception {
        readyNote();
        vm.scheduleAtNextFreeSlot();
        kit.autosave.flush();
        Instant evening = Instant.parse("2026-11-24T11:30:00Z");
        assertThat(stored().status()).isEqualTo(NoteStatus.SCHEDULED);
        assertThat(stored().scheduledAt()).isEqualTo(evening);
        // (the kit's bundles are the notes' only; the app's I18n also holds the calendar's wording)
        assertThat(kit.notifier.notices()).last().extracting(Notifier.Notice::level).isEqualTo(Notifier.Level.INFO);

        vm.scheduleAtNextFreeSlot(); // its own slot does not count as taken
        kit.autosave.flush();
        assertThat(stored().scheduledAt()).isEqualTo(evening);
    }

    @Test
    void aSlotAnotherNoteHoldsIsSkipped() throws Exception {
        kit.repo.save(Note.draft(clock.instant()).withText("other", "")
                .withStatus(NoteStatus.SCHEDULED, Instant.parse("2026-11-24T11:40:00Z")));
        readyNote();
        vm.scheduleAtNextFreeSlot();
        kit.autosave.flush();
        assertThat(stored().scheduledAt()).isEqualTo(Instant.parse("2026-11-25T04:00:00Z")); // tomorrow 12:00
    }

    @Test
    void withoutSlotsTheUserIsToldAndTheNoteStaysADraft() throws Exception {
        new CalendarSettingsStore(new SqliteSettingsRepository(kit.ws.database()))
                .save(com.hongshu.studio.core.calendar.CalendarSettings.DEFAULT
                        .withSlots(new PostingSlots(java.util.Map.of())));
        readyNote();
        vm.scheduleAtNextFreeSlot();
        kit.autosave.flush();
        assertThat(stored().status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(kit.notifier.notices()).last().extracting(Notifier.Notice::level).isEqualTo(Notifier.Level.WARNING);
    }
}
