package com.hongshu.studio.core.notes;

/** Who may see the note on the platform. */
public enum Visibility {
    PUBLIC, ONLY_ME, MUTUAL_FRIENDS
}
