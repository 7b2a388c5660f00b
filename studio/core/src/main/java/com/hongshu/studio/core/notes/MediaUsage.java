package com.hongshu.studio.core.notes;

import com.hongshu.studio.core.media.MediaItem;
import java.util.List;

/** A media library item and the notes that use it. */
public record MediaUsage(MediaItem item, List<Long> noteIds) {
    public MediaUsage {
        noteIds = List.copyOf(noteIds);
    }
}
