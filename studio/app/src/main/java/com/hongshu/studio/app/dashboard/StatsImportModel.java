package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.app.common.TaskHandle;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.stats.ExportParser;
import com.hongshu.studio.core.stats.ImportException;
import com.hongshu.studio.core.stats.ImportPreview;
import com.hongshu.studio.core.stats.SheetSource;
import com.hongshu.studio.core.stats.StatsFeed;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.core.stats.WriteResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Importing an export file in two steps: read it and show which column feeds which figure (nothing written yet), then,
 * once confirmed, write it in one transaction with progress and a cancel that keeps nothing.
 */
public final class StatsImportModel {

    private final StatsRepository repo;
    private final Function<Path, SheetSource> files;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final Runnable onImported;
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> fileName = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private TaskHandle running;
    private Path previewed;
    private ExportParser previewParser;
    private long estimatedRows;

    private record Previewed(ImportPreview preview, long estimatedRows) {
    }

    /**
     * Rows a CSV file probably holds (its size over the sample rows' length), for the progress bar of a streamed
     * import; 0 (unknown, an indeterminate bar) for XLSX, whose size says little about its rows.
     */
    static long estimateRows(Path file, ImportPreview p) {
        try {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                    || p.sample().isEmpty()) {
                return 0;
            }
            long bytes = 0;
            for (List<String> row : p.sample()) {
                bytes += String.join(",", row).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            }
            return Math.max(1, java.nio.file.Files.size(file) * p.sample().size() / Math.max(1, bytes));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
    /** Rows handed to the store at a time: the file is streamed, never held whole in memory. */
    static final int BATCH_ROWS = 20_000;

    public StatsImportModel(StatsRepository repo, Function<Path, SheetSource> files, TaskRunner tasks,
                            Notifier notifier, I18n i18n, Clock clock, Runnable onImported) {
        this.repo = repo;
        this.files = files;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.onImported = onImported;
    }

    /** Reads {@code file} and offers its preview; a file that cannot be imported is explained and nothing is kept. */
    public void read(Path file) {
        preview.set(null);
        String name = file.getFileName().toString();
        ExportParser parser = new ExportParser(clock.getZone(), LocalDate.now(clock));
        tasks.submit(i18n.format("dashboard.import.reading", name), p -> {
            try (SheetSource source = files.apply(file)) {
                ImportPreview first = parser.preview(source, name);
                return new Previewed(first, estimateRows(file, first));
            }
        }, ready -> {
            fileName.set(name);
            previewed = file;
            previewParser = parser;
            estimatedRows = ready.estimatedRows();
            preview.set(ready.preview());
        }, e -> {
            if (e instanceof ImportException ie) {
                notifier.warn(describe(ie, name));
            } else {
                notifier.error(i18n.format("dashboard.import.failed", name), e);
            }
        });
    }

    String describe(ImportException e, String name) {
        return switch (e.problem()) {
            case EMPTY_FILE -> i18n.format("dashboard.import.problem.empty", name);
            case NO_EXPORT_SHEET -> i18n.format("dashboard.import.problem.noSheet", name, e.detail());
            case MISSING_COLUMNS -> e.column().isEmpty()
                    ? i18n.format("dashboard.import.problem.missingColumns", name, e.sheet(), e.detail())
                    : i18n.format("dashboard.import.problem.missingCell", name, e.sheet(), e.row(), e.column());
            case NOT_A_NUMBER -> i18n.format("dashboard.import.problem.notNumber", name, e.sheet(), e.row(),
                    e.column(), e.detail());
            case BAD_DATE -> i18n.format("dashboard.import.problem.badDate", name, e.sheet(), e.row(), e.column(),
                    e.detail());
            case UNREADABLE -> i18n.format("dashboard.import.problem.unreadable", name);
        };
    }

    /** Writes the previewed file. */
    public void confirm() {
        ImportPreview ready = preview.get();
        if (ready == null || importing.get()) {
            return;
        }
        preview.set(null);
        importing.set(true);
        String name = fileName.get();
        Path file = previewed;
        ExportParser parser = previewParser;
        // The file is read a second time, streamed in batches into one transaction; a bad cell past the preview's
        // rows stops it, and then nothing of the file is kept.
        StatsFeed feed = sink -> {
            try (SheetSource source = files.apply(file)) {
                parser.stream(source, name, BATCH_ROWS, sink);
            }
        };
        long estimate = estimatedRows;
        running = tasks.submit(i18n.format("dashboard.import.writing", name),
                p -> repo.writeAll(feed, listener(p, estimate)),
                (WriteResult r) -> {
                    importing.set(false);
                    notifier.success(i18n.format("dashboard.import.done", name, r.inserted() + r.replaced(),
                            r.replaced(), r.flagged()));
                    onImported.run();
                }, e -> {
                    importing.set(false);
                    if (e instanceof StatsRepository.Cancelled) {
                        notifier.info(i18n.get("dashboard.import.cancelled"));
                    } else if (e instanceof ImportException ie) {
                        notifier.warn(describe(ie, name));
                    } else {
                        notifier.error(i18n.format("dashboard.import.failed", name), e);
                    }
                });
    }

    private static StatsRepository.WriteListener listener(Progress p, long estimate) {
        return new StatsRepository.WriteListener() {
            @Override
            public void progress(long done, long total) {
                long of = total > 0 ? total : estimate;
                p.update(of <= 0 ? -1 : Math.min(total > 0 ? 1.0 : 0.99, (double) done / of), null);
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }

    /** Stops a running import: its transaction is rolled back, so nothing of the file is kept. */
    public void cancel() {
        if (running != null && importing.get()) {
            running.cancel();
            importing.set(false);
            notifier.info(i18n.get("dashboard.import.cancelled"));
        }
    }

    public void discard() {
        preview.set(null);
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> fileNameProperty() { return fileName.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importingProperty() { return importing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.currentProgress(); }
}
