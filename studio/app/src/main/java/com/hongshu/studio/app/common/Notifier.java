package com.hongshu.studio.app.common;

/**
 * Tells the user something in plain words in their language (already translated by the caller) and logs the
 * technical cause. Never shows a stack trace; never swallows an error. Callable from any thread.
 */
public interface Notifier {

    enum Level { INFO, SUCCESS, WARNING, ERROR }

    record Notice(Level level, String message) {
    }

    void show(Notice notice);

    default void info(String message) {
        show(new Notice(Level.INFO, message));
    }

    default void success(String message) {
        show(new Notice(Level.SUCCESS, message));
    }

    default void warn(String message) {
        show(new Notice(Level.WARNING, message));
    }

    /** Shows {@code message}; logs {@code cause} with its stack trace. */
    void error(String message, Throwable cause);
}
