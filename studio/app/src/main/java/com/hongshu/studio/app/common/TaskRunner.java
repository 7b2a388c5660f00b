package com.hongshu.studio.app.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the UI runs work off the FX thread. Callbacks run on the FX thread (in tests, on the caller's thread).
 * Only immutable values should cross: records, lists from {@code List.copyOf}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background. {@code title} is what the status bar shows (already in the user's
     * language). Exactly one of the callbacks runs, unless the task was cancelled first.
     */
    <T> TaskHandle submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                          Consumer<Throwable> onFailure);

    /** Background work that nobody shows: small reads and writes. */
    default <T> TaskHandle quietly(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(null, work, onSuccess, onFailure);
    }

    /** How many titled tasks are running now. */
    ReadOnlyIntegerProperty runningCount();

    /** The title of the most recent titled task still running, or empty. */
    ReadOnlyStringProperty currentTitle();

    /** Its progress in [0, 1], or -1 when unknown. */
    ReadOnlyDoubleProperty currentProgress();
}
