package com.hongshu.studio.app.dashboard;

import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.CompositionRoot;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.core.stats.PeriodChoice;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * dashboard.fx_block_ms: the longest time the FX thread is busy (measured as the worst delay of a probe posted to it
 * every millisecond) while the period changes, over 10,000 notes. Queries run on the TaskRunner; what the FX thread
 * does is update the cards, the chart (at most ~90 points) and the heatmap, then lay out and render.
 */
@Tag("bench")
class DashboardFxBench {

    static final ZoneId ZONE = ZoneId.systemDefault();

    @TempDir
    Path dir;

    @Test
    void periodChangesKeepTheFxThreadFree() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue(only.isEmpty() || "dashboard.fx_block_ms".startsWith(only)
                || only.startsWith("dashboard"));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int notes = Math.max(10, (int) Math.round(10_000 * scale));
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        FxToolkit.registerPrimaryStage();
        try (Workspace ws = Workspace.open(dir.resolve("ws"), clock); FxTaskRunner tasks = new FxTaskRunner(3)) {
            SqliteStatsRepository repo = new SqliteStatsRepository(ws.database(), ZONE);
            for (int first = 0; first < notes; first += 1_000) {
                repo.write(StatsFixtures.year(Math.min(1_000, notes - first), 120, today, ZONE, first),
                        StatsRepository.WriteListener.NONE);
            }
            I18n i18n = new I18n(Locale.ENGLISH, CompositionRoot.BUNDLES);
            RecordingNotifier notifier = new RecordingNotifier();
            DashboardViewModel vm = new DashboardViewModel(repo, LinkedStock.NONE, tasks, notifier, i18n, clock,
                    id -> { });
            StatsImportModel importer = new StatsImportModel(repo, p -> null, tasks, notifier, i18n, clock, vm::refresh);
            DashboardExports exports = new DashboardExports(tasks, notifier, i18n, List.of());
            FxToolkit.setupStage(stage -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Parent view = (Parent) new DashboardView(vm, importer, exports, i18n, ZONE).build();
                stage.setScene(new Scene(view, 1400, 900));
                stage.show();
            });
            WaitForAsyncUtils.asyncFx(vm::refresh);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null
                    && !vm.notes().isEmpty());
            WaitForAsyncUtils.waitForFxEvents(10);

            long fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> cpuMs = new ArrayList<>();
            AtomicLong worst = new AtomicLong();
            ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
            probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> worst.accumulateAndGet(System.nanoTime() - posted, Math::max));
            }, 0, 1, TimeUnit.MILLISECONDS);
            PeriodChoice[] cycle = {PeriodChoice.DAYS_7, PeriodChoice.DAYS_90, PeriodChoice.DAYS_30,
                PeriodChoice.DAYS_365};
            List<Double> stalls = new ArrayList<>();
            try {
                for (int i = 0; i < 24; i++) {
                    PeriodChoice next = cycle[i % cycle.length];
                    Object before = vm.dataProperty().get();
                    WaitForAsyncUtils.waitForFxEvents();
                    worst.set(0);
                    long cpu0 = cpu.getThreadCpuTime(fxThread);
                    WaitForAsyncUtils.asyncFx(() -> vm.choiceProperty().set(next));
                    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.dataProperty().get() != before);
                    WaitForAsyncUtils.waitForFxEvents(5); // layout and render of the new figures
                    stalls.add(worst.get() / 1e6);
                    cpuMs.add((cpu.getThreadCpuTime(fxThread) - cpu0) / 1e6);
                }
            } finally {
                probe.shutdownNow();
            }
            List<Double> warm = stalls.subList(cycle.length, stalls.size());
            double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("dashboard.fx: first round %s ms; after warm-up median %.1f ms, worst %.1f ms%n",
                    stalls.subList(0, cycle.length).stream().map(d -> String.format("%.1f", d)).toList(),
                    sorted[sorted.length / 2], sorted[sorted.length - 1]);
            System.out.println("dashboard.fx: all " + Arrays.toString(stalls.stream()
                    .map(d -> Math.round(d * 10) / 10.0).toArray()));
            double[] cpuSorted = cpuMs.subList(cycle.length, cpuMs.size()).stream().mapToDouble(Double::doubleValue)
                    .sorted().toArray();
            System.out.printf("dashboard.fx: FX-thread CPU time per period change (all its work, probes included): "
                    + "median %.1f ms, worst %.1f ms; machine load %.1f%n", cpuSorted[cpuSorted.length / 2],
                    cpuSorted[cpuSorted.length - 1],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("BENCH dashboard.fx_block_ms %.1f ms%n", sorted[sorted.length - 1]);
            FxToolkit.cleanupStages();
        }
    }
}
