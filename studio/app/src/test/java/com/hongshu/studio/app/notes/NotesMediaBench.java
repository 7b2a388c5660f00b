package com.hongshu.studio.app.notes;

import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.notes.media.FxDecoder;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * notes.import_ratio: importing 12-MP JPEGs (probe, EXIF, subsampled upright decode, cached copies, hash into the
 * library) / plain ImageIO decode of the same files, same run. notes.thumbs_ms: opening the note with their 18 cached
 * thumbnails until all are on screen. notes.heap_mb: heap in use after that.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class NotesMediaBench {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void importThumbnailsAndHeap(FxRobot robot) throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue(only.isEmpty() || only.startsWith("notes.") && !only.startsWith("notes.search")
                || "notes.".startsWith(only));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int count = Math.max(3, (int) Math.round(18 * scale));
        Path dir = Files.createTempDirectory("notes-bench");
        List<Path> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(TestImages.jpeg(dir.resolve("photo-" + i + ".jpg"), 4000, 3000, 1000 + i, i % 3 == 0 ? 6 : 1));
        }
        System.out.printf("notes.media: %d photos of 4000x3000, %.1f MB on disk, %d cores%n", count,
                photos.stream().mapToLong(p -> p.toFile().length()).sum() / 1e6,
                Runtime.getRuntime().availableProcessors());

        // warm-up of both sides
        ImageIO.read(photos.get(0).toFile());
        importAll(dir.resolve("warm"), photos.subList(0, 2));

        List<Double> ratios = new ArrayList<>();
        List<MediaItem> items = List.of();
        Path wsDir = null;
        for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            for (Path p : photos) {
                ImageIO.read(p.toFile());
            }
            double plain = (System.nanoTime() - s) / 1e6;
            wsDir = dir.resolve("ws-" + round);
            s = System.nanoTime();
            items = importAll(wsDir, photos);
            double imported = (System.nanoTime() - s) / 1e6;
            ratios.add(imported / plain);
            System.out.printf("notes.media: round %d plain ImageIO %.0f ms, import %.0f ms%n", round, plain, imported);
        }
        ratios.sort(null);
        System.out.printf("BENCH notes.import_ratio %.2f ratio%n", ratios.get(1));

        thumbnails(robot, wsDir, items);
    }

    private static List<MediaItem> importAll(Path wsDir, List<Path> photos) throws Exception {
        try (Workspace ws = Workspace.open(wsDir, Clock.systemUTC())) {
            WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), Clock.systemUTC());
            MediaImporter importer = new MediaImporter(library,
                    new Renditions(ws.cacheDir(), library, new FxDecoder(new ImageIoDecoder())));
            List<MediaItem> out = new ArrayList<>();
            for (Path p : photos) {
                out.add(importer.importImage(p));
            }
            return out;
        }
    }

    private void thumbnails(FxRobot robot, Path wsDir, List<MediaItem> items) throws Exception {
        FxTaskRunner tasks = new FxTaskRunner(2);
        NotesTestKit kit = new NotesTestKit(wsDir, Clock.systemDefaultZone(), Locale.ENGLISH, tasks,
                new Debouncer.Manual());
        try {
            Note note = kit.repo.save(Note.draft(java.time.Instant.now()).withText("18 张照片", "")
                    .withImages(items.stream().map(i -> NoteImage.of(i.id())).toList()));
            robot.interact(() -> {
                stage.setScene(new Scene((Parent) new NotesView(kit.list, kit.i18n, java.time.ZoneId.systemDefault(),
                        kit.renditions).build(), 1400, 900));
                stage.show();
            });
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 6; run++) {
                robot.interact(kit.composer::leave);
                long l0 = System.nanoTime();
                kit.composer.images().load(note);
                System.out.printf("notes.media: reading the note and checking its cache takes %.0f ms%n",
                        (System.nanoTime() - l0) / 1e6);
                long idle = System.nanoTime();
                robot.interact(() -> { });
                System.out.printf("notes.media: an empty FX round trip takes %.0f ms now%n",
                        (System.nanoTime() - idle) / 1e6);
                // Timed on the FX thread itself (checked every pulse): the robot's own round trips would add
                // hundreds of milliseconds on a loaded machine.
                java.util.concurrent.atomic.AtomicLong shown = new java.util.concurrent.atomic.AtomicLong();
                long s = System.nanoTime();
                javafx.application.Platform.runLater(() -> {
                    HBox old = (HBox) stage.getScene().lookup("#notes-image-strip");
                    java.util.Set<javafx.scene.Node> before = java.util.Set.copyOf(old.getChildren());
                    kit.composer.open(note.id());
                    new javafx.animation.AnimationTimer() {
                        @Override
                        public void handle(long now) {
                            if (kit.composer.openProperty().get() && allShown(stage.getScene(), items.size())
                                    && java.util.Collections.disjoint(before, old.getChildren())) {
                                shown.set(System.nanoTime());
                                stop();
                            }
                        }
                    }.start();
                });
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown.get() != 0);
                double ms = (shown.get() - s) / 1e6;
                System.out.printf("notes.media: open %d: all thumbnails on screen after %.0f ms%n", run, ms);
                if (run > 0) {
                    times.add(ms);
                }
            }
            times.sort(null);
            System.out.printf("BENCH notes.thumbs_ms %.0f ms%n", times.get(times.size() / 2));
            System.gc();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("BENCH notes.heap_mb %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        } finally {
            kit.close();
            tasks.close();
        }
    }

    private static boolean allShown(Scene scene, int expected) {
        HBox strip = (HBox) scene.lookup("#notes-image-strip");
        if (strip == null || strip.getChildren().size() != expected || !strip.isVisible()) {
            return false;
        }
        return strip.getChildren().stream().allMatch(n -> {
            ImageView v = (ImageView) ((StackPane) n).getChildren().get(0);
            return v.getImage() != null && v.getImage().getProgress() >= 1;
        });
    }
}
