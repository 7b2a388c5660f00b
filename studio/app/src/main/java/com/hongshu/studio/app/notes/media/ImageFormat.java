package com.hongshu.studio.app.notes.media;

import java.util.Arrays;

/** Image and video formats recognised by their first bytes, never by the file name. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp"), HEIC("image/heic", "heic"),
    MP4("video/mp4", "mp4"), UNKNOWN("application/octet-stream", "bin");

    private final String mime;
    private final String extension;

    ImageFormat(String mime, String extension) {
        this.mime = mime;
        this.extension = extension;
    }

    public String mime() {
        return mime;
    }

    public String extension() {
        return extension;
    }

    public boolean isVideo() {
        return this == MP4;
    }

    public static ImageFormat sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            String brand = ascii(head, 8, 4);
            if (brand.startsWith("hei") || brand.startsWith("mif") || brand.equals("heix") || brand.equals("avif")) {
                return HEIC;
            }
            return MP4;
        }
        return UNKNOWN;
    }

    private static String ascii(byte[] b, int from, int len) {
        return new String(b, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
