package com.hongshu.studio.core.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace's media files, content-addressed: importing the same bytes twice gives the same item. Files are
 * copied in, never referenced where the user picked them.
 */
public interface MediaLibrary {

    MediaItem importFile(Path source, String mimeType, Integer width, Integer height) throws IOException;

    Optional<MediaItem> find(long id);

    /** Where the item's bytes live inside the workspace. */
    Path pathOf(MediaItem item);
}
