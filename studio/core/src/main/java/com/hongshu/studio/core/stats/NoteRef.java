package com.hongshu.studio.core.stats;

/**
 * Which note a statistic belongs to: the studio's own note id where known, otherwise the platform's note id, otherwise
 * the title (creator-centre exports name notes by title only, and may name notes the studio does not have).
 */
public record NoteRef(Long noteId, String platformId, String title) {

    public NoteRef {
        platformId = platformId == null || platformId.isBlank() ? null : platformId.strip();
        title = title == null ? "" : title.strip();
        if (noteId == null && platformId == null && title.isEmpty()) {
            throw new IllegalArgumentException("a note needs an id, a platform id or a title");
        }
    }

    public static NoteRef local(long noteId, String title) {
        return new NoteRef(noteId, null, title);
    }

    public static NoteRef titled(String title) {
        return new NoteRef(null, null, title);
    }

    /** The identity used to match rows: the strongest key present. */
    public String key() {
        if (noteId != null) {
            return "n:" + noteId;
        }
        return platformId != null ? "p:" + platformId : "t:" + title;
    }
}
