package com.hongshu.studio.app.notes.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** ImageIO with source subsampling: only every n-th pixel is kept, so memory stays small whatever the image size. */
public final class ImageIoDecoder implements ScaledDecoder {

    @Override
    public BufferedImage decode(Path file, ImageProbe.Probe probe, int maxSide) throws Exception {
        try (ImageInputStream iis = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                throw new BadMediaException(BadMediaException.Reason.NOT_AN_IMAGE, file.toString(), null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(probe.width(), probe.height()) / maxSide);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
