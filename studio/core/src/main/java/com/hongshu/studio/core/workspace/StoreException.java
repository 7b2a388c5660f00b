package com.hongshu.studio.core.workspace;

/** A storage failure below a repository (SQL error, I/O error); the cause carries the technical detail for the log. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
