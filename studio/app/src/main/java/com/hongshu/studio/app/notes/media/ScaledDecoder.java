package com.hongshu.studio.app.notes.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Decodes an image already probed, at about {@code maxSide} pixels on its long side, without decoding it in full. */
public interface ScaledDecoder {
    BufferedImage decode(Path file, ImageProbe.Probe probe, int maxSide) throws Exception;
}
