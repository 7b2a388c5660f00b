package com.hongshu.studio.app.notes.media;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.media.MediaLibrary;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * The small, upright JPEG copies the UI shows, cached in the workspace's cache folder by content hash: a display copy
 * (long side 960, the phone preview) and a thumbnail (long side 320). Originals are never touched. Deleting the cache
 * is safe: {@link #ensure} makes them again.
 */
public final class Renditions {

    public static final int DISPLAY = 960; // <= 1/4 of a 12-MP photo: libjpeg decodes at 1/4 scale
    public static final int THUMB = 320;

    private final Path cacheDir;
    private final MediaLibrary library;
    private final ScaledDecoder decoder;

    public Renditions(Path cacheDir, MediaLibrary library, ScaledDecoder decoder) {
        this.cacheDir = cacheDir.resolve("notes");
        this.library = library;
        this.decoder = decoder;
    }

    public Path thumb(MediaItem item) {
        return cacheDir.resolve("thumbs").resolve(item.sha256() + ".jpg");
    }

    public Path display(MediaItem item) {
        return cacheDir.resolve("display").resolve(item.sha256() + ".jpg");
    }

    /** Makes both copies if either is missing; blocking, call off the FX thread. */
    public void ensure(MediaItem item) throws Exception {
        if (Files.exists(thumb(item)) && Files.exists(display(item))) {
            return;
        }
        Path original = library.pathOf(item);
        ImageProbe.Probe probe = ImageProbe.probe(original);
        write(item, decodeUpright(original, probe));
    }

    /** Decodes at display size and turns the picture upright as its EXIF orientation says. */
    public BufferedImage decodeUpright(Path file, ImageProbe.Probe probe) throws Exception {
        BufferedImage decoded;
        try {
            decoded = decoder.decode(file, probe, DISPLAY);
        } catch (BadMediaException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new BadMediaException(BadMediaException.Reason.CORRUPT, file.toString(), e);
        }
        if (decoded == null) {
            throw new BadMediaException(BadMediaException.Reason.CORRUPT, file.toString(), null);
        }
        return Orientation.apply(decoded, probe.orientation());
    }

    public void write(MediaItem item, BufferedImage upright) throws IOException {
        writeJpeg(scaled(upright, DISPLAY), display(item));
        writeJpeg(scaled(upright, THUMB), thumb(item));
    }

    static BufferedImage scaled(BufferedImage src, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h); // transparent PNGs become white, not black, as JPEG
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void writeJpeg(BufferedImage image, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "r-", ".part");
        try {
            if (!ImageIO.write(image, "jpg", temp.toFile())) {
                throw new IOException("no JPEG writer");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
