package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskHandle;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.stats.StatsRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected note: its cumulative views and engagements since publishing, and how its first day and first seven
 * days compare with the other notes at the same age (average and best).
 */
public final class NoteDetailModel {

    /** A point of the cumulative curve: days since publishing (or since the first figures) and running totals. */
    public record CumulativePoint(LocalDate day, long age, long views, long engagements) {
    }

    /** The same-age comparison: this note, the average note, the best note, for the first 24 h and first 7 days. */
    public record SameAge(long noteDay1, double avgDay1, long bestDay1, long noteWeek1, double avgWeek1,
                          long bestWeek1, int notesCompared) {
    }

    public record Detail(NoteRow row, List<CumulativePoint> curve, SameAge sameAge) {
    }

    private final StatsRepository repo;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final java.time.ZoneId zone;
    private TaskHandle pending;

    NoteDetailModel(StatsRepository repo, TaskRunner tasks, Notifier notifier, I18n i18n, java.time.ZoneId zone) {
        this.zone = zone;
        this.repo = repo;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    void show(NoteRow row) {
        if (pending != null) {
            pending.cancel();
        }
        if (row == null) {
            detail.set(null);
            return;
        }
        pending = tasks.quietly(p -> new Detail(row, curve(row.stats(), repo.noteDays(row.stats().id()), zone),
                sameAge(row.stats(), repo.sameAge())), detail::set,
                e -> notifier.error(i18n.get("dashboard.load.failed"), e));
    }

    static List<CumulativePoint> curve(NoteStats s, List<NoteDay> days, java.time.ZoneId zone) {
        LocalDate start = s.publishedAt() == null || days.isEmpty() ? (days.isEmpty() ? null : days.get(0).day())
                : s.publishedAt().atZone(zone).toLocalDate();
        List<CumulativePoint> out = new ArrayList<>();
        long views = 0;
        long eng = 0;
        for (NoteDay d : days) {
            Counts c = d.counts();
            views += c.views();
            eng += c.engagements();
            out.add(new CumulativePoint(d.day(), java.time.temporal.ChronoUnit.DAYS.between(start, d.day()), views,
                    eng));
        }
        return out;
    }

    static SameAge sameAge(NoteStats note, com.hongshu.studio.core.stats.SameAgeSummary all) {
        return new SameAge(note.firstDay().views(), all.avgFirstDay(), all.bestFirstDay(), note.firstWeek().views(),
                all.avgFirstWeek(), all.bestFirstWeek(), (int) all.notes());
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
