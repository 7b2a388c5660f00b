package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.calendar.CalendarSettings;
import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.calendar.DualTime;
import com.hongshu.studio.core.calendar.PaceCheck;
import com.hongshu.studio.core.calendar.Reschedule;
import com.hongshu.studio.core.calendar.SlotFinder;
import com.hongshu.studio.core.calendar.SlotPlanner;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteSummary;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The posting calendar of one account (the first, or the one chosen): a month or a week of its notes in the account's
 * zone (and the computer's), moved by dragging (through
 * {@link NotePublishing}), posting slots, "next free slot", and warnings on notes that sit too close together.
 * The slot and pace settings live in {@link CalendarSettingsViewModel}.
 */
public final class CalendarViewModel {

    public enum Mode { MONTH, WEEK }

    /** What the calendar asks of the notes screen. */
    public interface NotesLink {
        /** Shows the note in the Notes section. */
        void open(long noteId);

        /** The note's time was changed here: an editor holding it must read it again. */
        void rescheduled(long noteId);

        NotesLink NONE = new NotesLink() {
            @Override
            public void open(long noteId) {
            }

            @Override
            public void rescheduled(long noteId) {
            }
        };
    }

    static final int MAX_ENTRIES = 5_000;

    private final NoteRepository notes;
    private final NotePublishing publishing;
    private final CalendarSettingsStore settingsStore;
    private final SlotPlanner planner;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final ZoneId localZone;
    private final NotesLink link;
    private final SyncAccountRepository accounts;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ObjectProperty<CalendarSettings> settings = new SimpleObjectProperty<>(CalendarSettings.DEFAULT);
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final IntegerProperty crowded = new SimpleIntegerProperty();
    private final ObjectProperty<SlotFinder.Slot> suggestion = new SimpleObjectProperty<>();
    private final ObservableList<SyncAccount> accountChoices = FXCollections.observableArrayList();
    private final ObjectProperty<SyncAccount> account = new SimpleObjectProperty<>();
    private long generation;
    private boolean settingsRead;
    private boolean legacyMoved;

    /** {@code accounts}: whose calendar it is; each shows its own notes in its own zone. */
    public CalendarViewModel(NoteRepository notes, NotePublishing publishing, CalendarSettingsStore settingsStore,
                             SyncAccountRepository accounts, TaskRunner tasks, Notifier notifier, I18n i18n,
                             Clock clock, NotesLink link) {
        this.accounts = accounts;
        this.notes = notes;
        this.publishing = publishing;
        this.settingsStore = settingsStore;
        this.planner = new SlotPlanner(notes, settingsStore, clock);
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.localZone = clock.getZone();
        this.link = link;
        anchor.set(LocalDate.ofInstant(clock.instant(), CalendarSettings.DEFAULT_ZONE));
        mode.addListener((o, a, b) -> refresh());
        anchor.addListener((o, a, b) -> refresh());
    }

    /**
     * Reads the accounts, the settings and the notes of the visible days of the chosen account; late answers to older
     * requests are dropped.
     */
    public void refresh() {
        long mine = ++generation;
        Mode m = mode.get();
        LocalDate a = anchor.get();
        long wanted = accountId();
        boolean moveLegacy = !legacyMoved;
        tasks.quietly(p -> {
            if (moveLegacy) {
                settingsStore.moveLegacyZone(accounts, clock.instant());
            }
            List<SyncAccount> all = accounts.all();
            SyncAccount shown = all.stream().filter(x -> x.id() == wanted).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            ZoneId zone = shown == null ? CalendarSettings.DEFAULT_ZONE : shown.zone();
            return load(settingsStore.load().withZone(zone), shown, all, m, a);
        }, loaded -> {
            if (mine == generation) {
                legacyMoved = true;
                boolean first = !settingsRead;
                settingsRead = true;
                if (!accountChoices.equals(loaded.accounts())) {
                    accountChoices.setAll(loaded.accounts());
                }
                account.set(loaded.account());
                settings.set(loaded.settings());
                LocalDate today = todayInAccountZone();
                if (first && !loaded.settings().accountZone().equals(CalendarSettings.DEFAULT_ZONE)
                        && !today.equals(a)) {
                    anchor.set(today); // the first anchor was taken before the account's zone was known
                    return;
                }
                entries.setAll(loaded.entries());
                crowded.set((int) loaded.entries().stream().filter(CalendarEntry::crowded).count());
            }
        }, e -> notifier.error(i18n.get("calendar.loadFailed"), e));
    }

    private record Loaded(CalendarSettings settings, SyncAccount account, List<SyncAccount> accounts,
                          List<CalendarEntry> entries) {
    }

    private Loaded load(CalendarSettings s, SyncAccount shown, List<SyncAccount> all, Mode m, LocalDate a) {
        List<LocalDate> days = days(m, a);
        ZoneId zone = s.accountZone();
        // One day either side, so that a note just outside the view still counts for the pace of its neighbour.
        Instant from = days.get(0).minusDays(1).atStartOfDay(zone).toInstant();
        Instant to = days.get(days.size() - 1).plusDays(2).atStartOfDay(zone).toInstant();
        List<NoteSummary> rows = notes.listScheduledBetween(from, to, shown == null ? 0 : shown.id(), MAX_ENTRIES);
        Map<Long, Set<PaceCheck.Crowding>> crowding = PaceCheck.check(
                rows.stream().map(r -> new PaceCheck.Placed(r.id(), r.scheduledAt())).toList(), s.pace(), zone);
        List<CalendarEntry> out = new ArrayList<>();
        for (NoteSummary r : rows) {
            LocalDate day = LocalDate.ofInstant(r.scheduledAt(), zone);
            if (!day.isBefore(days.get(0)) && !day.isAfter(days.get(days.size() - 1))) {
                out.add(new CalendarEntry(r.id(), r.title(), r.status(), r.scheduledAt(),
                        DualTime.of(r.scheduledAt(), zone, localZone), crowding.getOrDefault(r.id(), Set.of())));
            }
        }
        return new Loaded(s, shown, List.copyOf(all), List.copyOf(out));
    }

    /** The visible days: six whole weeks around the month, or the week, Monday first. */
    public static List<LocalDate> days(Mode m, LocalDate anchor) {
        LocalDate start = m == Mode.MONTH ? anchor.withDayOfMonth(1) : anchor;
        start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int count = m == Mode.MONTH ? 42 : 7;
        List<LocalDate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(start.plusDays(i));
        }
        return List.copyOf(out);
    }

    public List<LocalDate> visibleDays() {
        return days(mode.get(), anchor.get());
    }

    public void previous() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().minusMonths(1) : anchor.get().minusWeeks(1));
    }

    public void next() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().plusMonths(1) : anchor.get().plusWeeks(1));
    }

    public void today() {
        anchor.set(todayInAccountZone());
    }

    public LocalDate todayInAccountZone() {
        return LocalDate.ofInstant(clock.instant(), settings.get().accountZone());
    }

    /** Shows the week of {@code day}. */
    public void showWeek(LocalDate day) {
        anchor.set(day);
        mode.set(Mode.WEEK);
    }

    /** Month view: the note goes to {@code day} at the same wall-clock time. */
    public void moveToDay(long noteId, LocalDate day) {
        find(noteId).ifPresent(e -> {
            if (!e.day().equals(day)) {
                move(e, Reschedule.toDay(e.at(), day, settings.get().accountZone()));
            }
        });
    }

    /** Week view: the note goes to {@code day} at {@code time} (in the account's zone). */
    public void moveTo(long noteId, LocalDate day, LocalTime time) {
        find(noteId).ifPresent(e -> {
            Instant target = Reschedule.at(day, time, settings.get().accountZone());
            if (!target.equals(e.at())) {
                move(e, target);
            }
        });
    }

    private void move(CalendarEntry e, Instant target) {
        Optional<Reschedule.Refusal> refusal = Reschedule.refusal(e.status(), target, clock.instant());
        if (refusal.isPresent()) {
            notifier.warn(i18n.get(switch (refusal.get()) {
                case PUBLISHED -> "calendar.move.published";
                case IN_PAST -> "calendar.move.past";
            }));
            return;
        }
        tasks.quietly(p -> {
            publishing.schedule(e.id(), target);
            return target;
        }, at -> {
            notifier.success(i18n.format("calendar.move.done", title(e.title()), describe(at)));
            link.rescheduled(e.id());
            refresh();
        }, err -> {
            if (err instanceof IllegalStateException) { // the publishing port refuses a note already on its way
                notifier.warn(i18n.get("calendar.move.underway"));
            } else {
                notifier.error(i18n.get("calendar.move.failed"), err);
            }
        });
    }

    /** Moves the note to the next free posting slot (the keyboard and context-menu way to reschedule). */
    public void moveToNextFreeSlot(long noteId) {
        long shownId = accountId();
        ZoneId shownZone = settings.get().accountZone();
        find(noteId).ifPresent(e -> tasks.quietly(p -> planner.nextFree(shownId, shownZone, noteId), found -> {
            if (found.isEmpty()) {
                notifier.warn(i18n.get("calendar.slot.none"));
            } else if (found.get().at().equals(e.at())) {
                notifier.info(i18n.format("calendar.slot.already", describe(e.at())));
            } else {
                move(e, found.get().at());
            }
        }, err -> notifier.error(i18n.get("calendar.loadFailed"), err)));
    }

    /** Finds the next free posting slot from now on and shows its week. */
    public void findNextFreeSlot() {
        long shownId = accountId();
        ZoneId shownZone = settings.get().accountZone();
        tasks.quietly(p -> planner.nextFree(shownId, shownZone, 0), found -> {
            suggestion.set(found.orElse(null));
            if (found.isEmpty()) {
                notifier.warn(i18n.get("calendar.slot.none"));
                return;
            }
            SlotFinder.Slot slot = found.get();
            boolean soon = slot.at().isBefore(clock.instant().plus(SlotFinder.NATIVE_MIN_LEAD));
            notifier.info(i18n.format(soon ? "calendar.slot.foundLocal" : "calendar.slot.found", describe(slot.at())));
            showWeek(LocalDate.ofInstant(slot.at(), settings.get().accountZone()));
        }, e -> notifier.error(i18n.get("calendar.loadFailed"), e));
    }

    public void open(long noteId) {
        link.open(noteId);
    }

    /** The time as the user reads it: the account's zone, and the computer's in brackets when it differs. */
    public String describe(Instant at) {
        return describe(settings.get().accountZone(), at);
    }

    /** {@link #describe(Instant)} in another account's zone (a note of that account, scheduled from the composer). */
    public String describe(ZoneId accountZone, Instant at) {
        DualTime t = DualTime.of(at, accountZone, localZone);
        DateTimeFormatter f = DateTimeFormatter.ofPattern(i18n.get("calendar.format.dateTime"), i18n.locale());
        String text = f.format(t.account());
        return t.differs() ? i18n.format("calendar.time.both", text, f.format(t.local())) : text;
    }

    String title(String title) {
        return title == null || title.isBlank() ? i18n.get("calendar.untitled") : title;
    }

    private Optional<CalendarEntry> find(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    /** Called after the settings were saved elsewhere (the settings pane). */
    void settingsChanged(CalendarSettings saved) {
        settings.set(saved.withZone(settings.get().accountZone()));
        refresh();
    }

    /** Shows the calendar of {@code chosen} (its notes, in its zone). */
    public void showAccount(SyncAccount chosen) {
        if (chosen != null && chosen.id() != accountId()) {
            account.set(chosen);
            refresh();
        }
    }

    /** The account shown, 0 while there is none (then every note shows, in the default zone). */
    public long accountId() {
        return account.get() == null ? 0 : account.get().id();
    }

    public ObservableList<SyncAccount> accountChoices() { return accountChoices; }
    public ObjectProperty<SyncAccount> accountProperty() { return account; }
    public ZoneId localZone() { return localZone; }
    public SlotPlanner planner() { return planner; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public ObjectProperty<LocalDate> anchorProperty() { return anchor; }
    public ObjectProperty<CalendarSettings> settingsProperty() { return settings; }
    public ObservableList<CalendarEntry> entries() { return entries; }
    public IntegerProperty crowdedProperty() { return crowded; }
    public ObjectProperty<SlotFinder.Slot> suggestionProperty() { return suggestion; }
}
