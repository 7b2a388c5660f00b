package com.hongshu.studio.core.media;

import java.time.Instant;

/** One imported file, stored once in the workspace however many notes or products use it. */
public record MediaItem(long id, String sha256, String originalName, String mimeType, long sizeBytes,
                        Integer width, Integer height, Instant createdAt) {
}
