package com.hongshu.studio.app.notes.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * JavaFX's own loader asked for a smaller size: for JPEG it lets libjpeg decode at 1/2, 1/4 or 1/8 scale, which is
 * several times faster and smaller than a full decode. Formats JavaFX cannot read (WebP) go to {@code fallback}.
 */
public final class FxDecoder implements ScaledDecoder {

    private final ScaledDecoder fallback;

    public FxDecoder(ScaledDecoder fallback) {
        this.fallback = fallback;
    }

    @Override
    public BufferedImage decode(Path file, ImageProbe.Probe probe, int maxSide) throws Exception {
        if (probe.format() != ImageFormat.JPEG && probe.format() != ImageFormat.PNG) {
            return fallback.decode(file, probe, maxSide);
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(probe.width(), probe.height()));
        Image image = new Image(file.toUri().toString(), Math.max(1, Math.round(probe.width() * scale)),
                Math.max(1, Math.round(probe.height() * scale)), true, true, false);
        if (image.isError()) {
            throw new BadMediaException(BadMediaException.Reason.CORRUPT, file.toString(), image.getException());
        }
        return SwingFXUtils.fromFXImage(image, null);
    }
}
