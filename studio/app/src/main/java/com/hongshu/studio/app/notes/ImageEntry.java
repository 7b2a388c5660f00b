package com.hongshu.studio.app.notes;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.NoteImage;
import java.nio.file.Path;

/** An image of the note being edited, with what the UI needs to show it (cached upright copies). */
public record ImageEntry(NoteImage image, MediaItem item, Path thumb, Path display) {

    public ImageEntry withImage(NoteImage newImage) {
        return new ImageEntry(newImage, item, thumb, display);
    }
}
