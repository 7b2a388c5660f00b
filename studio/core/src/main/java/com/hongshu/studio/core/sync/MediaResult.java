package com.hongshu.studio.core.sync;

/** What preparing an operation's media came to. */
public sealed interface MediaResult {

    /** All files uploaded and processed; the create may reference them. */
    record Ready(MediaStep step) implements MediaResult {
    }

    /** Uploaded, still processing (2009 / material status 2): poll later with backoff. */
    record Processing(MediaStep step) implements MediaResult {
    }

    /** The upload failed or processing failed (material status 3): the next attempt uploads again. */
    record Failed(String code, String message) implements MediaResult {
    }

    /**
     * The platform refused a file for good (material status 3: damaged or unsupported): uploading it again cannot
     * help, the user has to replace it. {@code media} names the file.
     */
    record Rejected(String media, String message) implements MediaResult {
    }

    /** A classified failure of the upload calls (rate limit, auth, risk, ...), applied like any outcome. */
    record Error(Outcome outcome) implements MediaResult {
    }
}
