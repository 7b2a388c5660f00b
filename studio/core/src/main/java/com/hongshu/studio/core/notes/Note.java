package com.hongshu.studio.core.notes;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A note as the creator writes it. {@code id == 0} until first saved. The first image is the cover (the platform's
 * rule); choosing another cover moves it to the front. {@code linkedProductIds} are product ids bound to the note
 * (the picker belongs to the products screen, see {@link ProductLinks}).
 */
public record Note(long id, NoteKind kind, String title, String body, List<String> topics, List<String> mentions,
                   String location, Visibility visibility, Set<Declaration> declarations, List<NoteImage> images,
                   Long videoMediaId, long videoCoverMillis, List<Long> linkedProductIds, NoteStatus status,
                   Instant scheduledAt, String remoteId, Instant createdAt, Instant updatedAt) {

    public Note {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        topics = List.copyOf(topics);
        mentions = List.copyOf(mentions);
        declarations = Set.copyOf(declarations);
        images = List.copyOf(images);
        linkedProductIds = List.copyOf(linkedProductIds);
    }

    /** A new, empty image-note draft. */
    public static Note draft(Instant now) {
        return new Note(0, NoteKind.IMAGE, "", "", List.of(), List.of(), null, Visibility.PUBLIC, Set.of(), List.of(),
                null, 0, List.of(), NoteStatus.DRAFT, null, null, now, now);
    }

    public Note withId(long newId) {
        return new Note(newId, kind, title, body, topics, mentions, location, visibility, declarations, images,
                videoMediaId, videoCoverMillis, linkedProductIds, status, scheduledAt, remoteId, createdAt, updatedAt);
    }

    public Note withText(String newTitle, String newBody) {
        return new Note(id, kind, newTitle, newBody, topics, mentions, location, visibility, declarations, images,
                videoMediaId, videoCoverMillis, linkedProductIds, status, scheduledAt, remoteId, createdAt, updatedAt);
    }

    public Note withTopics(List<String> newTopics) {
        return new Note(id, kind, title, body, newTopics, mentions, location, visibility, declarations, images,
                videoMediaId, videoCoverMillis, linkedProductIds, status, scheduledAt, remoteId, createdAt, updatedAt);
    }

    public Note withImages(List<NoteImage> newImages) {
        return new Note(id, kind, title, body, topics, mentions, location, visibility, declarations, newImages,
                videoMediaId, videoCoverMillis, linkedProductIds, status, scheduledAt, remoteId, createdAt, updatedAt);
    }

    public Note withStatus(NoteStatus newStatus, Instant newScheduledAt) {
        return new Note(id, kind, title, body, topics, mentions, location, visibility, declarations, images,
                videoMediaId, videoCoverMillis, linkedProductIds, newStatus, newScheduledAt, remoteId, createdAt,
                updatedAt);
    }

    public Note withTimes(Instant created, Instant updated) {
        return new Note(id, kind, title, body, topics, mentions, location, visibility, declarations, images,
                videoMediaId, videoCoverMillis, linkedProductIds, status, scheduledAt, remoteId, created, updated);
    }

    public Long coverMediaId() {
        if (kind == NoteKind.VIDEO) {
            return videoMediaId;
        }
        return images.isEmpty() ? null : images.get(0).mediaId();
    }
}
