package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.stats.PulledStats;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import com.hongshu.studio.store.stats.StatsFiles;
import java.time.Clock;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** Wires the dashboard for one workspace (called from the composition root, so that its edit stays one line). */
public final class DashboardModule {

    private final DashboardViewModel vm;
    private final StatsImportModel importer;
    private final DashboardExports exports;
    private final SqliteStatsRepository repo;
    private final I18n i18n;
    private final Clock clock;
    private final PulledStats pulled;

    public DashboardModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier, LinkedStock stock,
                           LongConsumer openNote) {
        this.i18n = i18n;
        this.clock = clock;
        this.repo = new SqliteStatsRepository(ws.database(), clock.getZone());
        this.vm = new DashboardViewModel(repo, stock, tasks, notifier, i18n, clock, openNote);
        this.importer = new StatsImportModel(repo, StatsFiles::open, tasks, notifier, i18n, clock, vm::refresh);
        this.exports = new DashboardExports(tasks, notifier, i18n, PdfReport.CJK_FONTS);
        SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(ws.database());
        this.pulled = new PulledStats(ws.database(), clock.getZone(),
                id -> accounts.find(id).map(com.hongshu.studio.core.sync.SyncAccount::zone));
        pulled.onWritten(() -> tasks.quietly(p -> null, done -> vm.refresh(), e -> { }));
    }

    /**
     * Where sync's pulls of note statistics and account figures go ({@code statsSink()}, {@code dailySink()}); the
     * dashboard reloads on the FX thread after a pull stored anything.
     */
    public PulledStats pulledStats() {
        return pulled;
    }

    public Node view() {
        return new DashboardView(vm, importer, exports, i18n, clock.getZone()).build();
    }

    public void refresh() {
        vm.refresh();
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    public StatsImportModel importer() {
        return importer;
    }

    /** The store the sync feature writes pulled statistics into (same write path as the import). */
    public SqliteStatsRepository repository() {
        return repo;
    }
}
