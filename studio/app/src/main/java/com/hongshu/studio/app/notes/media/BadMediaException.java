package com.hongshu.studio.app.notes.media;

/** A file the studio cannot use, with the reason the user is told (an i18n key suffix). */
public final class BadMediaException extends Exception {

    public enum Reason { EMPTY, NOT_AN_IMAGE, TRUNCATED, CORRUPT, TOO_LARGE, HEIC_UNSUPPORTED, UNREADABLE }

    private final Reason reason;

    public BadMediaException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key under {@code notes.media.bad.}. */
    public String messageKey() {
        return "notes.media.bad." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
