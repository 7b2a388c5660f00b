package com.hongshu.studio.app.sync;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.media.MediaLibrary;
import com.hongshu.studio.core.sync.MediaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** Payload media references ({@code media:<id>}) read from the workspace's media library. */
final class LibraryMediaSource implements MediaSource {

    private final MediaLibrary library;

    LibraryMediaSource(MediaLibrary library) {
        this.library = library;
    }

    @Override
    public byte[] read(String media) throws IOException {
        return Files.readAllBytes(library.pathOf(item(media).orElseThrow(
                () -> new IOException("the file " + media + " is no longer in the media library"))));
    }

    @Override
    public String name(String media) {
        return item(media).map(MediaItem::originalName).orElse(media);
    }

    @Override
    public String scene(String media) {
        return item(media).map(MediaItem::mimeType).filter(m -> m.startsWith("video/")).map(m -> "video")
                .orElse("image");
    }

    private Optional<MediaItem> item(String media) {
        if (!media.startsWith("media:")) {
            return Optional.empty();
        }
        try {
            return library.find(Long.parseLong(media.substring("media:".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
