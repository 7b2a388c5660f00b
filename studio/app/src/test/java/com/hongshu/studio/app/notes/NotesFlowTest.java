package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.notes.NoteStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The notes screen driven like a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class NotesFlowTest {

    private Path dir;
    private Stage stage;
    private NotesTestKit kit;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("notes-flow");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(2);
        show(new NotesTestKit(dir.resolve("ws"), Clock.systemDefaultZone(), Locale.ENGLISH, tasks,
                new FxDebouncer(Duration.ofMillis(1000))));
    }

    private void show(NotesTestKit newKit) {
        kit = newKit;
        Node view = new NotesView(kit.list, kit.i18n, java.time.ZoneId.systemDefault(), kit.renditions).build();
        stage.setScene(new Scene((javafx.scene.Parent) view, 1400, 900));
        stage.show();
        kit.list.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
        tasks.close();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Object> tileOrder(FxRobot robot) {
        HBox strip = robot.lookup("#notes-image-strip").queryAs(HBox.class);
        return strip.getChildren().stream().map(Node::getUserData).toList();
    }

    @Test
    void composeWithThreeImagesReorderChangeCoverAndHitTheTitleLimit(FxRobot robot) throws Exception {
        robot.clickOn("#notes-new");
        waitUntil(() -> kit.composer.openProperty().get() && kit.composer.noteIdProperty().get() > 0);
        List<Path> photos = List.of(TestImages.jpeg(dir.resolve("one.jpg"), 1200, 900, 1, 1),
                TestImages.jpeg(dir.resolve("two.jpg"), 900, 1200, 2, 6),
                TestImages.png(dir.resolve("three.png"), 800, 800));
        robot.interact(() -> kit.composer.images().addFiles(photos));
        waitUntil(() -> tileOrder(robot).size() == 3);
        List<Object> original = tileOrder(robot);

        robot.clickOn("#notes-image-right-0");
        assertThat(tileOrder(robot)).containsExactly(original.get(1), original.get(0), original.get(2));
        robot.clickOn("#notes-image-cover-2");
        assertThat(tileOrder(robot)).containsExactly(original.get(2), original.get(1), original.get(0));
        assertThat(robot.lookup("#notes-image-0 .notes-cover-badge").tryQuery()).isPresent();

        robot.clickOn("#notes-title").write("Weekend latte art");
        Label counter = robot.lookup("#notes-title-counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("9/20");
        assertThat(robot.lookup("#notes-publish").queryAs(Button.class).isDisabled()).isFalse();
        robot.write(" in the old town cafe");
        assertThat(counter.getText()).isEqualTo("19/20");
        robot.write(" today");
        assertThat(counter.getText()).isEqualTo("22/20");
        assertThat(counter.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("over"));
        assertThat(robot.lookup("#notes-violation-TITLE_TOO_LONG").tryQuery()).isPresent();
        Button publish = robot.lookup("#notes-publish").queryAs(Button.class);
        assertThat(publish.isDisabled()).isTrue();
        robot.interact(() -> assertThat(kit.composer.publishNow()).isFalse());
        assertThat(kit.composer.statusProperty().get()).isEqualTo(NoteStatus.DRAFT);

        waitUntil(() -> kit.composer.saveStateProperty().get() == ComposerViewModel.SaveState.SAVED);
        var stored = kit.repo.findById(kit.composer.noteIdProperty().get()).orElseThrow();
        assertThat(stored.images()).extracting(i -> (Object) i.mediaId()).containsExactlyElementsOf(tileOrder(robot));
        snapshot(robot, "notes-flow.png");
    }

    @Test
    void textTypedBeforeTheAppDiesIsBackAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#notes-new");
        waitUntil(() -> kit.composer.openProperty().get() && kit.composer.noteIdProperty().get() > 0);
        long id = kit.composer.noteIdProperty().get();
        robot.clickOn("#notes-title").write("Autumn coffee");
        robot.clickOn("#notes-body").write("Quiet cafe, good latte.");
        // No save button, no close: the autosave alone must have written it (a crash loses at most ~1 s).
        waitUntil(() -> kit.composer.saveStateProperty().get() == ComposerViewModel.SaveState.SAVED);

        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10)));
        kit.close();
        robot.interact(() -> show(new NotesTestKit(dir.resolve("ws"), Clock.systemDefaultZone(), Locale.ENGLISH,
                tasks, new FxDebouncer(Duration.ofMillis(1000)))));
        waitUntil(() -> !kit.list.rows().isEmpty());
        robot.interact(() -> kit.list.open(id));
        waitUntil(() -> kit.composer.openProperty().get());
        assertThat(robot.lookup("#notes-title").queryAs(TextField.class).getText()).isEqualTo("Autumn coffee");
        assertThat(robot.lookup("#notes-body").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Quiet cafe, good latte.");
    }

    @Test
    void closingMidEditSavesAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#notes-new");
        waitUntil(() -> kit.composer.openProperty().get() && kit.composer.noteIdProperty().get() > 0);
        long id = kit.composer.noteIdProperty().get();
        robot.clickOn("#notes-title").write("Typed just now");
        robot.interact(() -> kit.composer.saveBeforeExit());
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10)));
        kit.close();
        robot.interact(() -> show(new NotesTestKit(dir.resolve("ws"), Clock.systemDefaultZone(), Locale.ENGLISH,
                tasks, new FxDebouncer(Duration.ofMillis(1000)))));
        assertThat(kit.repo.findById(id).orElseThrow().title()).isEqualTo("Typed just now");
    }

    @Test
    void searchingTheListInChinese(FxRobot robot) throws Exception {
        robot.interact(() -> {
            kit.repo.save(com.hongshu.studio.core.notes.Note.draft(java.time.Instant.now()).withText("秋日咖啡探店", ""));
            kit.repo.save(com.hongshu.studio.core.notes.Note.draft(java.time.Instant.now()).withText("春季穿搭", ""));
            kit.list.refresh();
        });
        waitUntil(() -> kit.list.rows().size() == 2);
        robot.interact(() -> robot.lookup("#notes-search").queryAs(TextField.class).setText("咖啡"));
        waitUntil(() -> kit.list.rows().size() == 1);
        assertThat(kit.list.rows().get(0).title()).isEqualTo("秋日咖啡探店");
    }

    @Test
    void demoNotesOpenInChinese(FxRobot robot) throws Exception {
        java.util.List<com.hongshu.studio.store.notes.NoteSyncStatus.Attention> attention = new java.util.ArrayList<>();
        robot.interact(() -> {
            kit.close();
            NotesTestKit zh = new NotesTestKit(dir.resolve("demo"), Clock.systemDefaultZone(),
                    Locale.SIMPLIFIED_CHINESE, tasks, new FxDebouncer(Duration.ofMillis(1000)));
            NotesDemoData.seed(zh.ws, new java.util.Random(1), Clock.systemDefaultZone(),
                    com.hongshu.studio.app.common.Progress.NONE);
            attention.addAll(new com.hongshu.studio.store.notes.NoteSyncStatus(zh.ws.database(),
                    Clock.systemDefaultZone()).needingAttention(100));
            show(zh);
        });
        // The demo's refused notes say why, as the Sync screen shows them.
        assertThat(attention).isNotEmpty().allSatisfy(a -> assertThat(a.message()).isNotBlank());
        waitUntil(() -> kit.list.rows().size() == 60);
        robot.clickOn("#notes-list .list-cell");
        waitUntil(() -> kit.composer.openProperty().get() && !kit.composer.images().entries().isEmpty());
        assertThat(robot.lookup("#notes-title").queryAs(TextField.class).getText()).isNotBlank();
        assertThat(robot.lookup("#notes-violations").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .isNotEmpty();
        snapshot(robot, "notes-demo-zh.png");
    }

    private void snapshot(FxRobot robot, String name) {
        String target = System.getProperty("notes.snapshots");
        if (target == null) {
            return;
        }
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        Path.of(target, name).toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
