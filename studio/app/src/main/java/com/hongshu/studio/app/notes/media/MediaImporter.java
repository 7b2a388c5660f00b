package com.hongshu.studio.app.notes.media;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.media.MediaLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings a picked, dropped or pasted file into the workspace: checks it, decodes it small and upright, stores the
 * original once (by content hash) and caches its display copy and thumbnail. Blocking: run it through the TaskRunner.
 * A bad file throws {@link BadMediaException} before anything is stored.
 */
public final class MediaImporter {

    private final MediaLibrary library;
    private final Renditions renditions;

    public MediaImporter(MediaLibrary library, Renditions renditions) {
        this.library = library;
        this.renditions = renditions;
    }

    public MediaItem importImage(Path file) throws BadMediaException, IOException {
        ImageProbe.Probe probe = ImageProbe.probe(file);
        BufferedImage upright;
        try {
            upright = renditions.decodeUpright(file, probe);
        } catch (BadMediaException e) {
            throw e;
        } catch (Exception e) {
            throw new BadMediaException(BadMediaException.Reason.CORRUPT, file.toString(), e);
        }
        MediaItem item = library.importFile(file, probe.format().mime(), probe.shownWidth(), probe.shownHeight());
        renditions.write(item, upright);
        return item;
    }

    public MediaItem importVideo(Path file) throws BadMediaException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(32);
        }
        if (head.length == 0) {
            throw new BadMediaException(BadMediaException.Reason.EMPTY, file.toString(), null);
        }
        if (ImageFormat.sniff(head) != ImageFormat.MP4) {
            throw new BadMediaException(BadMediaException.Reason.NOT_AN_IMAGE, file.toString(), null);
        }
        return library.importFile(file, ImageFormat.MP4.mime(), null, null);
    }

    public Renditions renditions() {
        return renditions;
    }
}
