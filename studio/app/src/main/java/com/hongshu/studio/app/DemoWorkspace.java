package com.hongshu.studio.app;

import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.core.workspace.SettingsRepository;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import java.time.Clock;

/**
 * Fills a fresh demo workspace with realistic sample data, deterministically (fixed seed), once. Only ever called for
 * the separate demo folder, never for the user's own workspace.
 */
public final class DemoWorkspace {

    static final String MARK = "demo.generated";
    static final long SEED = 20261124L;

    private final Workspace workspace;
    private final Clock clock;

    public DemoWorkspace(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public void populateIfEmpty(Progress progress) {
        SettingsRepository settings = new SqliteSettingsRepository(workspace.database());
        if (settings.get(MARK).isPresent()) {
            return;
        }
        progress.update(-1, null);
        com.hongshu.studio.app.notes.NotesDemoData.seed(workspace, new java.util.Random(SEED), clock, progress);
        com.hongshu.studio.app.calendar.CalendarDemoData.seed(workspace, new java.util.Random(SEED), clock);
        com.hongshu.studio.app.products.ProductsDemoData.seed(workspace, new java.util.Random(SEED + 4), clock, progress);
        com.hongshu.studio.app.dashboard.DashboardDemoData.seed(workspace, new java.util.Random(SEED + 5), clock, progress);
        settings.put(MARK, clock.instant().toString());
    }
}
