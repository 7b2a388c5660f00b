package com.hongshu.studio.core.notes;

/** Content declarations the platform asks for. */
public enum Declaration {
    ORIGINAL, AI_GENERATED, FICTION, ADVERTISING
}
