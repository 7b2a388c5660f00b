package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** media.getUploadPermit, the upload, and note.*: times in epoch ms. */
public final class Notes {
    public static final int PUBLIC = 0;
    public static final int PRIVATE = 1;
    public static final int MUTUAL_FRIENDS = 2;

    private Notes() {
    }

    /** {@code scene} "image" or "video"; {@code fileCount} 1..18. */
    public record UploadPermitRequest(String scene, int fileCount) {
    }

    public record UploadPermit(@JsonProperty(required = true) List<String> fileIds,
                               @JsonProperty(required = true) String token,
                               @JsonProperty(required = true) long expireAt) {
        @Override
        public String toString() {
            return "UploadPermit[fileIds=" + fileIds + ", token=***, expireAt=" + expireAt + "]";
        }
    }

    public record UploadResult(@JsonProperty(required = true) String fileId, long size, String md5) {
    }

    public record FileRef(String fileId) {
    }

    public record TopicRef(String id, String name) {
    }

    public record AtRef(String userId, String nickname) {
    }

    /**
     * {@code type} "normal" or "video"; images in order, the first is the cover; {@code postTime} (optional) within
     * [now+1 h, now+14 d]; {@code clientRef} is a sandbox extension used to find the note again after a lost reply.
     */
    public record CreateNoteRequest(String type, String title, String desc, List<FileRef> images,
                                    List<TopicRef> topics, List<AtRef> ats, Long postTime, Integer privacy,
                                    Boolean isOriginal, List<String> productIds, String clientRef) {
    }

    public record CreatedNote(@JsonProperty(required = true) String noteId,
                              @JsonProperty(required = true) String status, long postTime, String shareUrl) {
    }

    /** {@code status} REVIEWING, SCHEDULED, PUBLISHED, REJECTED (+ rejectReason), CANCELLED or DELETED. */
    public record Note(@JsonProperty(required = true) String noteId, String type, String title, String desc,
                       List<FileRef> images, List<TopicRef> topics, @JsonProperty(required = true) String status,
                       String rejectReason, Long postTime, Long publishTime, Integer privacy, String clientRef,
                       String shareUrl) {
    }

    public record NoteId(String noteId) {
    }

    public record NoteListRequest(String cursor, Integer pageSize, String status, String clientRef) {
    }

    public record NotePage(@JsonProperty(required = true) List<Note> items, String cursor,
                           @JsonProperty(required = true) boolean hasMore) {
    }

    public record NoteStatus(@JsonProperty(required = true) String noteId,
                             @JsonProperty(required = true) String status) {
    }
}
