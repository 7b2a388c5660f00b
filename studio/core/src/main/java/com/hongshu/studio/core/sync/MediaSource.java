package com.hongshu.studio.core.sync;

import java.io.IOException;

/** Reads the bytes behind a media reference of a payload (the workspace's media library in the app). */
public interface MediaSource {

    byte[] read(String media) throws IOException;

    /** The file's name as the user knows it (material name on the platform, and in a message about the file). */
    default String name(String media) {
        return media;
    }

    /** "image" or "video", for the upload permit's scene. */
    default String scene(String media) {
        return "image";
    }
}
