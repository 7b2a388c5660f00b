package com.hongshu.studio.core.workspace;

/**
 * A workspace that cannot be opened as it is. {@link #reason()} tells the UI which plain message to show; the
 * file itself has not been touched.
 */
public final class WorkspaceException extends RuntimeException {

    public enum Reason { NOT_A_DATABASE, NEWER_SCHEMA, UNREADABLE, DISK_FULL }

    private final Reason reason;

    public WorkspaceException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
