package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskHandle;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.Kpis;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.core.stats.Metric;
import com.hongshu.studio.core.stats.NoteOrder;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.stats.Period;
import com.hongshu.studio.core.stats.PeriodChoice;
import com.hongshu.studio.core.stats.PublishSlot;
import com.hongshu.studio.core.stats.StatsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the period, its KPI cards and chart points, the notes table, the posting-time heatmap. Every
 * query runs on the TaskRunner; a newer period change cancels the one still loading.
 */
public final class DashboardViewModel {

    private final StatsRepository repo;
    private final LinkedStock stock;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final LongConsumer openNote;

    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(PeriodChoice.DAYS_30);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> chartMetric = new SimpleObjectProperty<>(Metric.VIEWS);
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>();
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final NoteDetailModel detail;
    /** The notes table holds the top rows only; sorting by another column asks the store again. */
    static final int NOTES_LIMIT = 500;
    private final ObjectProperty<NoteOrder> notesOrder = new SimpleObjectProperty<>(NoteOrder.VIEWS);
    private final BooleanProperty notesDescending = new SimpleBooleanProperty(true);
    private final javafx.beans.property.LongProperty noteCount = new javafx.beans.property.SimpleLongProperty();
    private TaskHandle pending;
    private TaskHandle pendingNotes;
    private boolean notesLoaded;

    public DashboardViewModel(StatsRepository repo, LinkedStock stock, TaskRunner tasks, Notifier notifier, I18n i18n,
                              Clock clock, LongConsumer openNote) {
        this.repo = repo;
        this.stock = stock;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.openNote = openNote;
        this.detail = new NoteDetailModel(repo, tasks, notifier, i18n, clock.getZone());
        choice.addListener((obs, old, now) -> {
            if (now == PeriodChoice.CUSTOM && (customFrom.get() == null || customTo.get() == null)
                    && data.get() != null) {
                // Custom starts from the period on screen, for the user to adjust.
                customFrom.set(data.get().period().from());
                customTo.set(data.get().period().to());
            }
            if (now != PeriodChoice.CUSTOM || (customFrom.get() != null && customTo.get() != null)) {
                load();
            }
        });
    }

    /** Reloads everything: on opening the section and after an import. */
    public void refresh() {
        notesLoaded = false;
        load();
    }

    public void setCustom(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            notifier.warn(i18n.get("dashboard.period.backwards"));
            return;
        }
        customFrom.set(from);
        customTo.set(to);
        if (choice.get() == PeriodChoice.CUSTOM) {
            load();
        } else {
            choice.set(PeriodChoice.CUSTOM);
        }
    }

    private void load() {
        if (pending != null) {
            pending.cancel();
        }
        PeriodChoice c = choice.get();
        LocalDate from = customFrom.get();
        LocalDate to = customTo.get();
        LocalDate today = LocalDate.now(clock);
        boolean withNotes = !notesLoaded;
        NoteOrder order = notesOrder.get();
        boolean descending = notesDescending.get();
        loading.set(true);
        pending = tasks.quietly(p -> {
            Optional<LocalDate[]> span = repo.span();
            LocalDate anchor = span.map(s -> s[1].isAfter(today) ? today : s[1]).orElse(today);
            Period period = c == PeriodChoice.CUSTOM && from != null && to != null ? new Period(from, to)
                    : Period.lastDays(c == PeriodChoice.CUSTOM ? 30 : c.days(), anchor);
            DashboardData d = query(period, span.isPresent());
            return new Loaded(d, withNotes ? notesPage(order, descending) : null);
        }, loaded -> {
            loading.set(false);
            data.set(loaded.data());
            empty.set(!loaded.data().anyData());
            if (loaded.notes() != null) {
                showNotes(loaded.notes());
            }
        }, e -> {
            loading.set(false);
            notifier.error(i18n.get("dashboard.load.failed"), e);
        });
    }

    private record Loaded(DashboardData data, NotesPage notes) {
    }

    private record NotesPage(List<NoteRow> rows, long total) {
    }

    private NotesPage notesPage(NoteOrder order, boolean descending) {
        return new NotesPage(rows(repo.topNotes(order, descending, NOTES_LIMIT)), repo.noteCount());
    }

    private void showNotes(NotesPage page) {
        if (!notes.equals(page.rows())) { // a reload in the background (a pull) keeps the table as it is when unchanged
            notes.setAll(page.rows());
        }
        noteCount.set(page.total());
        notesLoaded = true;
    }

    /** Orders the notes table: the store returns the top rows in that order. */
    public void sortNotes(NoteOrder order, boolean descending) {
        if (order == notesOrder.get() && descending == notesDescending.get() && notesLoaded) {
            return;
        }
        notesOrder.set(order);
        notesDescending.set(descending);
        if (pendingNotes != null) {
            pendingNotes.cancel();
        }
        pendingNotes = tasks.quietly(p -> notesPage(order, descending), this::showNotes,
                e -> notifier.error(i18n.get("dashboard.load.failed"), e));
    }

    private DashboardData query(Period period, boolean anyData) {
        Period before = period.previous();
        List<DayTotal> now = repo.daily(period.from(), period.to());
        List<DayTotal> previous = repo.daily(before.from(), before.to());
        List<AccountDay> accountNow = repo.account(period.from(), period.to());
        List<AccountDay> accountBefore = repo.account(before.from(), before.to());
        List<Kpi> kpis = Kpis.compute(now, previous, accountNow, accountBefore, repo.accountOnOrBefore(period.to()),
                repo.accountOnOrBefore(before.to()));
        List<PublishSlot> slots = repo.publishSlots();
        boolean weekly = Buckets.weekly(period);
        return new DashboardData(period, kpis, Buckets.of(period, now), weekly, List.copyOf(accountNow), slots,
                anyData, DashboardText.of(period, kpis, weekly, i18n));
    }

    private List<NoteRow> rows(List<NoteStats> stats) {
        List<Long> ids = stats.stream().map(s -> s.ref().noteId()).filter(java.util.Objects::nonNull).toList();
        Map<Long, Long> available = ids.isEmpty() ? Map.of() : stock.availableByNote(ids);
        return stats.stream().map(s -> new NoteRow(s, s.ref().noteId() == null ? null
                : available.get(s.ref().noteId()))).toList();
    }

    /** Opens the note in the Notes section, when the studio has it; an imported-only note says so. */
    public void open(NoteRow row) {
        if (row == null) {
            return;
        }
        if (row.localNoteId() == null) {
            notifier.info(i18n.format("dashboard.notes.notLocal", row.title()));
            return;
        }
        openNote.accept(row.localNoteId());
    }

    public void select(NoteRow row) {
        detail.show(row);
    }

    public ObjectProperty<PeriodChoice> choiceProperty() { return choice; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ObjectProperty<Metric> chartMetricProperty() { return chartMetric; }
    public ReadOnlyObjectProperty<DashboardData> dataProperty() { return data.getReadOnlyProperty(); }
    public ObservableList<NoteRow> notes() { return notes; }
    public javafx.beans.property.ReadOnlyLongProperty noteCountProperty() { return noteCount; }
    public ObjectProperty<NoteOrder> notesOrderProperty() { return notesOrder; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public BooleanProperty emptyProperty() { return empty; }
    public NoteDetailModel detail() { return detail; }
    I18n i18n() { return i18n; }
}
