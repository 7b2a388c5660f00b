package com.hongshu.studio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.CompositionRoot;
import com.hongshu.studio.app.common.FxNotifier;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shell while the workspace opens, and its status bar while background work runs. */
class ShellViewTest {

    private final FxRobot robot = new FxRobot();
    private final FxTaskRunner tasks = new FxTaskRunner(1);
    private final I18n i18n = new I18n(Locale.ENGLISH, CompositionRoot.BUNDLES);
    private final ShellViewModel vm = new ShellViewModel(Section.NOTES);
    private ShellView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new ShellView(vm, i18n, tasks, new FxNotifier(), List.of());
            s.setScene(new Scene(view.root(), 1100, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void whileOpeningTheWorkspaceSaysSoAndTheNavigationIsThere() {
        assertThat(robot.lookup("#workspace-opening").queryAs(Label.class).getText())
                .isEqualTo("Opening your workspace…");
        assertThat(robot.lookup("#nav-notes").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").tryQuery()).isPresent();
        assertThat(visibleReady()).isTrue();
        assertThat(robot.lookup(".progress-bar").tryQuery()).isEmpty();
    }

    @Test
    void theStatusBarShowsRunningWorkWithItsProgressThenReadyAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        robot.interact(() -> tasks.submit("Importing 3 photos", progress -> {
            progress.update(0.5, "2 of 3");
            started.countDown();
            release.await();
            return 1;
        }, done -> { }, error -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Importing 3 photos — 2 of 3".equals(robot.lookup("#status-task").queryAs(Label.class).getText())
                        && robot.lookup(".progress-bar").tryQuery().isPresent());
        ProgressBar bar = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getProgress() == 0.5);
        assertThat(bar.isVisible() && bar.getParent().isVisible()).isTrue();
        assertThat(visibleReady()).isFalse();

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::visibleReady);
        assertThat(bar.getParent().isVisible()).isFalse();
    }

    private boolean visibleReady() {
        return robot.lookup(".status-bar .label").queryAllAs(Label.class).stream()
                .filter(l -> "Ready".equals(l.getText())).anyMatch(Node::isVisible);
    }
}
