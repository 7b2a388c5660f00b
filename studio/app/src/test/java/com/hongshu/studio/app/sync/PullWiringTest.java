package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.CompositionRoot;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.dashboard.DashboardModule;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.secrets.FileSecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync and the dashboard wired as the composition root wires them, over the local sandbox account: the first pull
 * fills the dashboard (it reloads by itself) and the Sync screen's "last sync" of the account.
 */
class PullWiringTest {

    @TempDir
    Path dir;
    final TestClock clock = new TestClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
    final RecordingNotifier notifier = new RecordingNotifier();
    final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE, CompositionRoot.BUNDLES);
    Workspace ws;
    SyncModule sync;

    @AfterEach
    void close() {
        if (sync != null) {
            sync.close();
        }
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void aPullFillsTheDashboardAndTheAccountsLastSync() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        InThreadTaskRunner tasks = new InThreadTaskRunner();
        sync = new SyncModule(ws, clock, i18n, tasks, notifier, new FileSecretStore(dir.resolve("secrets.properties")),
                uri -> { }, SyncModuleTest.quick());
        DashboardModule dashboard = new DashboardModule(ws, clock, i18n, tasks, notifier, LinkedStock.NONE, id -> { });
        sync.start();
        dashboard.refresh();
        SyncViewModel vm = sync.viewModel();
        assertThat(vm.accounts()).singleElement()
                .satisfies(a -> assertThat(a.lastSync()).isEqualTo(i18n.get("sync.account.never")));
        assertThat(dashboard.viewModel().emptyProperty().get()).isTrue();

        sync.connectPullSinks(dashboard.pulledStats().statsSink(), dashboard.pulledStats().dailySink(), null);

        assertThat(SandboxSync.await(() -> !dashboard.viewModel().emptyProperty().get()
                && !vm.accounts().isEmpty()
                && !vm.accounts().get(0).lastSync().equals(i18n.get("sync.account.never")), Duration.ofSeconds(20)))
                .as("dashboard filled and last sync shown; notices %s", notifier.notices()).isTrue();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        assertThat(dashboard.repository().accountOnOrBefore(today)).isPresent();
        assertThat(notifier.causes()).isEmpty();
    }

    @Test
    void sinksConnectedBeforeTheFirstRunCreatedTheAccountStillPullItAtOnce() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        InThreadTaskRunner tasks = new InThreadTaskRunner();
        sync = new SyncModule(ws, clock, i18n, tasks, notifier, new FileSecretStore(dir.resolve("secrets.properties")),
                uri -> { }, SyncModuleTest.quick());
        DashboardModule dashboard = new DashboardModule(ws, clock, i18n, tasks, notifier, LinkedStock.NONE, id -> { });
        dashboard.refresh();
        assertThat(dashboard.viewModel().emptyProperty().get()).isTrue();
        // The composition root's order: the sinks first (a round runs with no account yet), then the first run.
        sync.connectPullSinks(dashboard.pulledStats().statsSink(), dashboard.pulledStats().dailySink(), null);
        sync.start();

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        assertThat(SandboxSync.await(() -> dashboard.repository().accountOnOrBefore(today).isPresent()
                && !dashboard.viewModel().emptyProperty().get(), Duration.ofSeconds(20)))
                .as("pulled within seconds, not at the next 15-minute pull; notices %s", notifier.notices()).isTrue();
    }
}
