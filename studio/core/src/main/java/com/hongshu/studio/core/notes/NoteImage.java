package com.hongshu.studio.core.notes;

/** One image of a note: a media library item and, optionally, how it is cropped. */
public record NoteImage(long mediaId, CropRect crop) {

    public static NoteImage of(long mediaId) {
        return new NoteImage(mediaId, null);
    }

    public NoteImage withCrop(CropRect newCrop) {
        return new NoteImage(mediaId, newCrop);
    }
}
