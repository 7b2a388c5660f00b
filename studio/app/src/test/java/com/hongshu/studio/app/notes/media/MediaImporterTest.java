package com.hongshu.studio.app.notes.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.app.notes.media.BadMediaException.Reason;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaImporterTest {

    @TempDir
    Path dir;
    private Workspace ws;
    private MediaImporter importer;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), Clock.systemUTC());
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), Clock.systemUTC());
        importer = new MediaImporter(library, new Renditions(ws.cacheDir(), library, new ImageIoDecoder()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aPhoneJpegIsStoredOnceAndItsThumbnailIsUpright() throws Exception {
        Path photo = TestImages.jpeg(dir.resolve("IMG_0001.JPG"), 1600, 1200, 1, 6);
        MediaItem item = importer.importImage(photo);
        MediaItem again = importer.importImage(Files.copy(photo, dir.resolve("copy.jpg")));

        assertThat(again.id()).isEqualTo(item.id());
        assertThat(item.width()).isEqualTo(1200);
        assertThat(item.height()).isEqualTo(1600);
        BufferedImage thumb = ImageIO.read(importer.renditions().thumb(item).toFile());
        assertThat(thumb.getHeight()).isEqualTo(Renditions.THUMB);
        assertThat(thumb.getWidth()).isEqualTo(240);
        // Orientation 6 = rotate 90° clockwise: the red top-left block ends up top-right.
        assertThat(red(thumb.getRGB(thumb.getWidth() - 5, 5))).isGreaterThan(200);
        assertThat(red(thumb.getRGB(5, 5))).isLessThan(200);
    }

    @Test
    void pngWithTransparencyImports() throws Exception {
        MediaItem item = importer.importImage(TestImages.png(dir.resolve("a.png"), 400, 300));
        assertThat(item.mimeType()).isEqualTo("image/png");
        assertThat(importer.renditions().display(item)).exists();
    }

    @Test
    void badFilesAreRefusedWithAReasonAndNothingIsStored() throws Exception {
        Path good = TestImages.jpeg(dir.resolve("good.jpg"), 800, 600, 2, 1);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("notes.jpg"), "这不是图片 not an image");
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path huge = TestImages.hugeBlankPng(dir.resolve("huge.png"), 20_000, 20_000);
        Path heic = Files.write(dir.resolve("a.heic"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c',
                0, 0, 0, 0});

        assertThat(Files.size(huge)).isLessThan(200_000);
        assertThatThrownBy(() -> importer.importImage(truncated)).hasFieldOrPropertyWithValue("reason", Reason.TRUNCATED);
        assertThatThrownBy(() -> importer.importImage(text)).hasFieldOrPropertyWithValue("reason", Reason.NOT_AN_IMAGE);
        assertThatThrownBy(() -> importer.importImage(empty)).hasFieldOrPropertyWithValue("reason", Reason.EMPTY);
        assertThatThrownBy(() -> importer.importImage(huge)).hasFieldOrPropertyWithValue("reason", Reason.TOO_LARGE);
        assertThatThrownBy(() -> importer.importImage(heic))
                .hasFieldOrPropertyWithValue("reason", Reason.HEIC_UNSUPPORTED);
        assertThat(ws.mediaDir().toFile().list()).isNullOrEmpty();
    }

    @Test
    void aLargePhotoIsDecodedSubsampled() throws Exception {
        MediaItem item = importer.importImage(TestImages.jpeg(dir.resolve("big.jpg"), 6000, 4000, 3, 1));
        BufferedImage display = ImageIO.read(importer.renditions().display(item).toFile());
        assertThat(display.getWidth()).isEqualTo(Renditions.DISPLAY);
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }
}
