package com.hongshu.studio.app.notes.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.hongshu.studio.app.notes.media.BadMediaException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file is, before any pixel is decoded: its format from the first bytes, its size from the header, its EXIF
 * orientation, and whether it was cut short. Refuses what cannot be shown, so decoding never meets a surprise.
 */
public final class ImageProbe {

    /** Above this many pixels a file is refused: decoding it would only waste time and memory. */
    public static final long MAX_PIXELS = 150_000_000L;

    /** Stored width and height (before orientation) and the EXIF orientation 1-8. */
    public record Probe(ImageFormat format, int width, int height, int orientation) {
        public boolean swapsSides() {
            return orientation >= 5 && orientation <= 8;
        }

        public int shownWidth() {
            return swapsSides() ? height : width;
        }

        public int shownHeight() {
            return swapsSides() ? width : height;
        }
    }

    private ImageProbe() {
    }

    public static Probe probe(Path file) throws BadMediaException {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(32);
        } catch (IOException e) {
            throw new BadMediaException(Reason.UNREADABLE, file.toString(), e);
        }
        if (size == 0) {
            throw new BadMediaException(Reason.EMPTY, file.toString(), null);
        }
        ImageFormat format = ImageFormat.sniff(head);
        switch (format) {
            case UNKNOWN, MP4 -> throw new BadMediaException(Reason.NOT_AN_IMAGE, file.toString(), null);
            case HEIC -> throw new BadMediaException(Reason.HEIC_UNSUPPORTED, file.toString(), null);
            default -> { }
        }
        if (!endsWell(file, format, size)) {
            throw new BadMediaException(Reason.TRUNCATED, file.toString(), null);
        }
        int[] dims = dimensions(file);
        if ((long) dims[0] * dims[1] > MAX_PIXELS) {
            throw new BadMediaException(Reason.TOO_LARGE, dims[0] + "x" + dims[1], null);
        }
        return new Probe(format, dims[0], dims[1], orientation(file));
    }

    private static int[] dimensions(Path file) throws BadMediaException {
        try (ImageInputStream iis = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                throw new BadMediaException(Reason.NOT_AN_IMAGE, file.toString(), null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new BadMediaException(Reason.CORRUPT, w + "x" + h, null);
                }
                return new int[] {w, h};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadMediaException(Reason.CORRUPT, file.toString(), e);
        }
    }

    /** EXIF orientation, 1 (as stored) when absent or unreadable: a missing tag is no reason to refuse a photo. */
    static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (Exception e) {
            return 1;
        }
        return 1;
    }

    /** A JPEG ends with its EOI marker and a PNG with its IEND chunk; a cut-short download does not. */
    private static boolean endsWell(Path file, ImageFormat format, long size) throws BadMediaException {
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
            return true;
        }
        int window = (int) Math.min(size, 4096);
        byte[] tail = new byte[window];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - window);
            raf.readFully(tail);
        } catch (IOException e) {
            throw new BadMediaException(Reason.UNREADABLE, file.toString(), e);
        }
        if (format == ImageFormat.JPEG) {
            // Some cameras pad after EOI; look for FF D9 in the last few kilobytes.
            for (int i = window - 2; i >= 0; i--) {
                if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                    return true;
                }
            }
            return false;
        }
        for (int i = window - 8; i >= 0; i--) {
            if (tail[i] == 'I' && tail[i + 1] == 'E' && tail[i + 2] == 'N' && tail[i + 3] == 'D') {
                return true;
            }
        }
        return false;
    }
}
