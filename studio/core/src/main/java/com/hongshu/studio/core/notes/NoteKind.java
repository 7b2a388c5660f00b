package com.hongshu.studio.core.notes;

/** An image note (1 to 18 images) or a video note (one video and a cover frame). */
public enum NoteKind {
    IMAGE, VIDEO
}
