package com.hongshu.studio.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.Notifier.Level;
import com.hongshu.studio.app.common.Notifier.Notice;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.calendar.CalendarSettings;
import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.calendar.PaceCheck.Crowding;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's view model over a real workspace file, with in-thread tasks, a fixed clock and a Berlin computer. */
class CalendarViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday 2 March 2026, 10:00 in Shanghai (03:00 in Berlin). */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), BERLIN);

    @TempDir
    Path dir;

    private Workspace ws;
    private SqliteNoteRepository repo;
    private CalendarSettingsStore store;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<String> publishCalls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private final List<Long> rescheduled = new ArrayList<>();
    private CalendarViewModel vm;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteNoteRepository(ws.database(), clock);
        store = new CalendarSettingsStore(new SqliteSettingsRepository(ws.database()));
        NotePublishing local = new NotePublishing.Local(repo);
        NotePublishing recording = new NotePublishing() {
            @Override
            public void schedule(long noteId, Instant at) {
                publishCalls.add(noteId + "@" + at);
                local.schedule(noteId, at);
            }

            @Override
            public void unschedule(long noteId) {
                publishCalls.add(noteId + " unscheduled");
                local.unschedule(noteId);
            }
        };
        vm = new CalendarViewModel(repo, recording, store,
                new com.hongshu.studio.store.sync.SqliteSyncAccountRepository(ws.database()), new InThreadTaskRunner(),
                notifier,
                new I18n(Locale.ENGLISH, List.of("notes", "calendar")), clock, new CalendarViewModel.NotesLink() {
                    @Override
                    public void open(long noteId) {
                        opened.add(noteId);
                    }

                    @Override
                    public void rescheduled(long noteId) {
                        rescheduled.add(noteId);
                    }
                });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long note(String title, NoteStatus status, String at) {
        return repo.save(Note.draft(clock.instant()).withText(title, "").withStatus(status, Instant.parse(at))).id();
    }

    private com.hongshu.studio.store.sync.SqliteSyncAccountRepository accounts() {
        return new com.hongshu.studio.store.sync.SqliteSyncAccountRepository(ws.database());
    }

    private CalendarEntry entry(long id) {
        return vm.entries().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private Instant stored(long id) {
        return repo.findById(id).orElseThrow().scheduledAt();
    }

    private List<Notice> warnings() {
        return notifier.notices().stream().filter(n -> n.level() == Level.WARNING).toList();
    }

    @Test
    void theMonthShowsSixWeeksFromMonday_andNotesOnTheirDayInTheAccountsZone() {
        // 01:00 on Tuesday 3 March in Shanghai is still Monday evening (18:00) on this Berlin computer.
        long id = note("早安咖啡", NoteStatus.SCHEDULED, "2026-03-02T17:00:00Z");
        long published = note("已发布", NoteStatus.PUBLISHED, "2026-02-28T04:00:00Z");
        note("next month, outside the grid", NoteStatus.SCHEDULED, "2026-04-20T04:00:00Z");
        vm.refresh();

        assertThat(vm.visibleDays()).hasSize(42);
        assertThat(vm.visibleDays().get(0)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(vm.entries()).extracting(CalendarEntry::id).containsExactly(published, id);
        CalendarEntry e = entry(id);
        assertThat(e.day()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(e.time().account().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(e.time().differs()).isTrue();
        assertThat(e.time().local().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(vm.describe(e.at())).isEqualTo("Tue 3 Mar 01:00 (your computer: Mon 2 Mar 18:00)");
    }

    @Test
    void draggingToAnotherDayReschedulesThroughPublishingAtTheSameWallClockTime() {
        long id = note("周末探店", NoteStatus.SCHEDULED, "2026-03-04T11:30:00Z"); // Wed 19:30 Shanghai
        vm.refresh();
        vm.moveToDay(id, LocalDate.of(2026, 3, 6));

        Instant friday = Instant.parse("2026-03-06T11:30:00Z");
        assertThat(publishCalls).containsExactly(id + "@" + friday);
        assertThat(stored(id)).isEqualTo(friday);
        assertThat(entry(id).day()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(rescheduled).containsExactly(id);
        assertThat(notifier.notices()).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Level.SUCCESS);
            assertThat(n.message()).contains("周末探店").contains("Fri 6 Mar 19:30");
        });
    }

    @Test
    void inTheWeekViewADropSetsDayAndTime() {
        long id = note("午餐", NoteStatus.FAILED, "2026-03-04T04:00:00Z");
        vm.showWeek(LocalDate.of(2026, 3, 4));
        assertThat(vm.visibleDays()).hasSize(7).startsWith(LocalDate.of(2026, 3, 2));
        vm.moveTo(id, LocalDate.of(2026, 3, 5), LocalTime.of(8, 15));
        assertThat(stored(id)).isEqualTo(Instant.parse("2026-03-05T00:15:00Z"));
        assertThat(repo.findById(id).orElseThrow().status()).isEqualTo(NoteStatus.SCHEDULED);
    }

    @Test
    void aPublishedNoteOrATimeInThePastIsRefusedWithAMessage_andNothingChanges() {
        long published = note("已发布", NoteStatus.PUBLISHED, "2026-03-01T04:00:00Z");
        long scheduled = note("明天", NoteStatus.SCHEDULED, "2026-03-03T04:00:00Z");
        vm.refresh();

        vm.moveToDay(published, LocalDate.of(2026, 3, 5));
        assertThat(warnings()).extracting(Notice::message).containsExactly(
                "A published note cannot be moved: it is already on the platform.");
        vm.moveToDay(scheduled, LocalDate.of(2026, 3, 1));
        vm.moveTo(scheduled, LocalDate.of(2026, 3, 2), LocalTime.of(9, 0)); // 09:00 today, an hour ago
        assertThat(warnings()).hasSize(3);
        assertThat(warnings().get(1).message()).contains("into the past");

        assertThat(publishCalls).isEmpty();
        assertThat(stored(published)).isEqualTo(Instant.parse("2026-03-01T04:00:00Z"));
        assertThat(stored(scheduled)).isEqualTo(Instant.parse("2026-03-03T04:00:00Z"));
    }

    @Test
    void notesTooCloseTogetherAreMarked() {
        long a = note("a", NoteStatus.SCHEDULED, "2026-03-03T04:00:00Z");
        long b = note("b", NoteStatus.SCHEDULED, "2026-03-03T04:10:00Z");
        long c = note("c", NoteStatus.SCHEDULED, "2026-03-03T11:30:00Z");
        vm.refresh();
        assertThat(vm.crowdedProperty().get()).isEqualTo(2);
        assertThat(entry(a).crowding()).containsExactly(Crowding.TOO_CLOSE);
        assertThat(entry(b).crowded()).isTrue();
        assertThat(entry(c).crowded()).isFalse();

        vm.moveToDay(b, LocalDate.of(2026, 3, 4)); // moving one away clears both warnings
        assertThat(vm.crowdedProperty().get()).isZero();
    }

    @Test
    void nextFreeSlotSkipsTakenSlotsAndShowsItsWeek() {
        note("noon", NoteStatus.SCHEDULED, "2026-03-02T04:00:00Z"); // today's 12:00 Shanghai slot is taken
        vm.refresh();
        vm.findNextFreeSlot();
        assertThat(vm.suggestionProperty().get().at()).isEqualTo(Instant.parse("2026-03-02T11:30:00Z"));
        assertThat(vm.suggestionProperty().get().platformHolds()).isTrue();
        assertThat(vm.modeProperty().get()).isEqualTo(CalendarViewModel.Mode.WEEK);
        assertThat(notifier.notices()).last().extracting(Notice::message).asString()
                .startsWith("Next free slot: Mon 2 Mar 19:30 (your computer: Mon 2 Mar 12:30)");
    }

    @Test
    void aNoteCanBeMovedToTheNextFreeSlotWithoutDragging() {
        note("noon", NoteStatus.SCHEDULED, "2026-03-02T04:00:00Z");
        long odd = note("at an odd time", NoteStatus.SCHEDULED, "2026-03-03T17:58:00Z");
        vm.refresh();
        vm.moveToNextFreeSlot(odd);
        assertThat(stored(odd)).isEqualTo(Instant.parse("2026-03-02T11:30:00Z")); // today 19:30 in Shanghai
        vm.moveToNextFreeSlot(odd);
        assertThat(notifier.notices()).last().extracting(Notice::message).asString()
                .startsWith("The note is already at the next free slot");
        assertThat(publishCalls).hasSize(1);
    }

    @Test
    void theFirstMonthShownIsTodaysInTheAccountsZone() {
        // 02:00 UTC on 2 March: still 1 March in Los Angeles.
        accounts().upsert("app", "la", "LA shop", ZoneId.of("America/Los_Angeles"), clock.instant());
        vm.refresh();
        assertThat(vm.anchorProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vm.visibleDays().get(0)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void navigationMovesByMonthOrWeekAndTodayComesBack() {
        vm.next();
        assertThat(vm.anchorProperty().get()).isEqualTo(LocalDate.of(2026, 4, 2));
        vm.modeProperty().set(CalendarViewModel.Mode.WEEK);
        vm.previous();
        assertThat(vm.anchorProperty().get()).isEqualTo(LocalDate.of(2026, 3, 26));
        vm.today();
        assertThat(vm.anchorProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void doubleClickOpensTheNoteInNotes() {
        vm.open(42);
        assertThat(opened).containsExactly(42L);
    }

    @Test
    void settingsAreSavedOnlyWhenEveryFieldReads() {
        CalendarSettingsViewModel settings = new CalendarSettingsViewModel(vm, store, new InThreadTaskRunner(),
                notifier, new I18n(Locale.ENGLISH, List.of("notes", "calendar")));
        settings.slotsProperty(DayOfWeek.MONDAY).set("9:00, 25:61");
        settings.gapMinutesProperty().set("45");
        assertThat(settings.save()).isFalse();
        assertThat(warnings()).extracting(Notice::message)
                .containsExactly("\"25:61\" on Monday is not a time. Write times like 09:30, separated by commas."
                        + " Nothing was saved.");
        assertThat(store.load()).isEqualTo(CalendarSettings.DEFAULT);

        settings.slotsProperty(DayOfWeek.MONDAY).set("9:00");
        settings.gapMinutesProperty().set("lots");
        assertThat(settings.save()).isFalse();
        assertThat(store.load()).isEqualTo(CalendarSettings.DEFAULT);
        settings.gapMinutesProperty().set("45");
        assertThat(settings.save()).isTrue();
        CalendarSettings saved = store.load();
        assertThat(saved.slots().on(DayOfWeek.MONDAY)).containsExactly(LocalTime.of(9, 0));
        assertThat(saved.slots().on(DayOfWeek.TUESDAY)).containsExactly(LocalTime.of(12, 0), LocalTime.of(19, 30));
        assertThat(saved.pace().minGap().toMinutes()).isEqualTo(45);
        assertThat(vm.settingsProperty().get()).isEqualTo(saved);

        settings.slotsProperty(DayOfWeek.MONDAY).set("");
        settings.reset();
        assertThat(settings.slotsProperty(DayOfWeek.MONDAY).get()).isEqualTo("09:00");
    }

    @Test
    void eachAccountHasItsOwnCalendar_itsNotesInItsZone() {
        long shanghai = accounts().upsert("app", "cn", "上海店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
        long berlin = accounts().upsert("app", "de", "Berlin shop", ZoneId.of("Europe/Berlin"), clock.instant()).id();
        var owners = new com.hongshu.studio.store.sync.SqliteAccountOwnership(ws.database());
        long cn = note("上海的笔记", NoteStatus.SCHEDULED, "2026-03-03T11:30:00Z");
        long de = note("Berlin note", NoteStatus.SCHEDULED, "2026-03-03T11:30:00Z");
        owners.assign(com.hongshu.studio.core.sync.AccountOwnership.Item.NOTE, de, berlin);
        vm.modeProperty().set(CalendarViewModel.Mode.WEEK);
        vm.refresh();

        assertThat(vm.accountChoices()).extracting(a -> a.id()).containsExactly(shanghai, berlin);
        assertThat(vm.accountId()).as("the first account by default").isEqualTo(shanghai);
        assertThat(vm.entries()).extracting(CalendarEntry::id).containsExactly(cn);
        assertThat(entry(cn).time().account().toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(entry(cn).time().local().toLocalTime()).isEqualTo(LocalTime.of(12, 30));

        vm.showAccount(vm.accountChoices().get(1));
        assertThat(vm.settingsProperty().get().accountZone()).isEqualTo(BERLIN);
        assertThat(vm.entries()).extracting(CalendarEntry::id).containsExactly(de);
        assertThat(entry(de).time().account().toLocalTime()).isEqualTo(LocalTime.of(12, 30));
        assertThat(entry(de).time().differs()).isFalse();

        // The same moment shows at different wall-clock times in the two accounts' calendars.
        owners.assign(com.hongshu.studio.core.sync.AccountOwnership.Item.NOTE, cn, berlin);
        vm.refresh();
        assertThat(vm.entries()).extracting(CalendarEntry::id).containsExactly(cn, de);
        assertThat(entry(cn).time().account().toLocalTime()).isEqualTo(LocalTime.of(12, 30));

        // Slots are read in Berlin, and only Berlin's notes take them: 12:00 Berlin on Monday 2 March is free.
        note("上海 19:00", NoteStatus.SCHEDULED, "2026-03-02T11:00:00Z"); // at Berlin's noon, but Shanghai's
        vm.findNextFreeSlot();
        assertThat(vm.suggestionProperty().get().at()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
    }

    @Test
    void aZoneSetOnTheOldCalendarSettingMovesOntoTheFirstAccountOnce() {
        var settingsRepo = new SqliteSettingsRepository(ws.database());
        settingsRepo.put("calendar.accountZone", "Europe/Berlin");
        long first = accounts().upsert("app", "cn", "上海店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
        accounts().upsert("app", "de", "Other", ZoneId.of("Asia/Tokyo"), clock.instant());
        vm.refresh();
        assertThat(accounts().find(first).orElseThrow().zone()).isEqualTo(BERLIN);
        assertThat(vm.settingsProperty().get().accountZone()).isEqualTo(BERLIN);
        assertThat(settingsRepo.get("calendar.accountZone")).isEmpty();

        accounts().setZone(first, ZoneId.of("Asia/Shanghai"), clock.instant()); // the user changes it on Sync
        vm.refresh();
        assertThat(vm.settingsProperty().get().accountZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
