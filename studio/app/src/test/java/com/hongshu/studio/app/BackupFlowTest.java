package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings: back up now, then restore that backup; the studio reopens and keeps the replaced file. */
class BackupFlowTest {

    @TempDir
    Path workspace;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void startStudio() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp.class, "--data-dir", workspace.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".workspace-ready").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @AfterEach
    void stopStudio() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void backUpNowThenRestoreIt() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> backups().size() == 1); // the daily backup
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listSize() == 1);

        robot.clickOn("#settings-backup-now");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listSize() == 2);

        robot.interact(() -> backupList().getSelectionModel().select(0));
        robot.clickOn("#settings-backup-restore");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> ((Button) n).isDefaultButton()).findFirst().orElseThrow());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> replaced().size() == 1
                && robot.lookup(".workspace-ready").tryQuery().isPresent()
                && robot.lookup("#settings-backups").tryQuery().isPresent());
        assertThat(Files.exists(workspace.resolve("studio.db"))).isTrue();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> backupList() {
        return robot.lookup("#settings-backups").queryAs(ListView.class);
    }

    private int listSize() {
        return robot.lookup("#settings-backups").tryQuery().isPresent() ? backupList().getItems().size() : -1;
    }

    private java.util.List<Path> backups() throws Exception {
        return files("studio-");
    }

    private java.util.List<Path> replaced() throws Exception {
        return files("replaced-");
    }

    private java.util.List<Path> files(String prefix) throws Exception {
        Path dir = workspace.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".db")).toList();
        }
    }
}
