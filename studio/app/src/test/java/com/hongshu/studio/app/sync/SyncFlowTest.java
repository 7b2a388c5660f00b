package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.notes.FxDebouncer;
import com.hongshu.studio.app.notes.NotesModule;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.ProductLinks;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.secrets.FileSecretStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Schedule a note in the composer and watch it go through the queue to the in-process local sandbox, headless. */
@ExtendWith(ApplicationExtension.class)
class SyncFlowTest {

    private Path dir;
    private Workspace ws;
    private FxTaskRunner tasks;
    private SyncModule sync;
    private NotesModule notes;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("sync-flow");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.systemDefaultZone();
        ws = Workspace.open(dir.resolve("ws"), clock);
        tasks = new FxTaskRunner(2);
        I18n i18n = new I18n(Locale.ENGLISH, List.of("notes", "sync", "accounts"));
        RecordingNotifier notifier = new RecordingNotifier();
        sync = new SyncModule(ws, clock, i18n, tasks, notifier, new FileSecretStore(dir.resolve("secrets")),
                uri -> { }, SyncModuleTest.quick());
        notes = new NotesModule(ws, clock, i18n, tasks, notifier, new FxDebouncer(Duration.ofMillis(300)),
                ProductLinks.NONE, sync.publishing());
        SplitPane split = new SplitPane(notes.view(), sync.view());
        stage.setScene(new Scene(split, 1280, 800));
        stage.show();
        notes.refresh();
        sync.start();
    }

    @AfterEach
    void tearDown() {
        sync.close();
        tasks.close();
        ws.close();
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNoteScheduledInTheComposerGoesThroughTheQueueToThePlatform(FxRobot robot) throws Exception {
        waitUntil(30, () -> sync.viewModel().accounts().size() == 1);
        robot.clickOn("#notes-new");
        waitUntil(30, () -> notes.viewModel().composer().openProperty().get()
                && notes.viewModel().composer().noteIdProperty().get() > 0);
        Path photo = TestImages.png(dir.resolve("latte.png"), 640, 480);
        robot.interact(() -> notes.viewModel().composer().images().addFiles(List.of(photo)));
        waitUntil(30, () -> robot.lookup("#notes-image-strip").queryAs(HBox.class).getChildren().size() == 1);
        robot.clickOn("#notes-title").write("Weekend latte art");
        robot.clickOn("#notes-body").write("Our favourite cafe in the old town.");
        robot.clickOn("#notes-schedule");

        TableView<SyncViewModel.OperationRow> queue = robot.lookup("#sync-queue").queryAs(TableView.class);
        waitUntil(60, () -> queue.getItems().size() == 1 && queue.getItems().get(0).state().equals("Done"));
        assertThat(queue.getItems().get(0).what()).startsWith("Publish note");
        assertThat(notes.viewModel().composer().statusProperty().get()).isEqualTo(NoteStatus.SCHEDULED);
        long id = notes.viewModel().composer().noteIdProperty().get();
        waitUntil(30, () -> notes.repository().findById(id).orElseThrow().remoteId() != null);
        assertThat(notes.repository().findById(id).orElseThrow().status()).isEqualTo(NoteStatus.SCHEDULED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposerPicksTheNotesAccount_andItsOperationGoesOutUnderIt(FxRobot robot) throws Exception {
        waitUntil(30, () -> sync.viewModel().accounts().size() == 1);
        long berlin = new com.hongshu.studio.store.sync.SqliteSyncAccountRepository(ws.database())
                .upsert("app-2", "seller-de", "Berlin shop", java.time.ZoneId.of("Europe/Berlin"),
                        java.time.Instant.now()).id();
        robot.interact(sync::refresh);
        waitUntil(30, () -> sync.viewModel().accounts().size() == 2);
        robot.clickOn("#notes-new");
        waitUntil(30, () -> notes.viewModel().composer().noteIdProperty().get() > 0
                && notes.viewModel().composer().account().choices().size() == 2);
        long id = notes.viewModel().composer().noteIdProperty().get();
        javafx.scene.control.ComboBox<com.hongshu.studio.core.sync.SyncAccount> picker =
                robot.lookup("#notes-account").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(30, () -> !picker.isDisabled() && picker.getValue() != null);
        String first = picker.getValue().displayName();
        assertThat(first).isNotEqualTo("Berlin shop");

        robot.clickOn("#notes-account");
        waitUntil(10, picker::isShowing);
        // The item in the open list (the Sync screen beside it names the account too).
        javafx.scene.Node item = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n.getScene() != picker.getScene() && n instanceof javafx.scene.control.ListCell<?> c
                        && "Berlin shop".equals(c.getText()))
                .findFirst().orElseThrow();
        robot.clickOn(item);
        var owners = new com.hongshu.studio.store.sync.SqliteAccountOwnership(ws.database());
        waitUntil(30, () -> owners.of(com.hongshu.studio.core.sync.AccountOwnership.Item.NOTE, id).accountId()
                == berlin);
        assertThat(robot.lookup("#notes-account-zone").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Europe/Berlin");

        Path photo = TestImages.png(dir.resolve("pretzel.png"), 640, 480);
        robot.interact(() -> notes.viewModel().composer().images().addFiles(List.of(photo)));
        waitUntil(30, () -> robot.lookup("#notes-image-strip").queryAs(HBox.class).getChildren().size() == 1);
        robot.clickOn("#notes-title").write("Pretzel morning");
        robot.clickOn("#notes-body").write("Fresh from the bakery.");
        robot.clickOn("#notes-schedule");
        TableView<SyncViewModel.OperationRow> queue = robot.lookup("#sync-queue").queryAs(TableView.class);
        waitUntil(60, () -> queue.getItems().size() == 1);
        assertThat(queue.getItems().get(0).account()).isEqualTo("Berlin shop");
    }
}
