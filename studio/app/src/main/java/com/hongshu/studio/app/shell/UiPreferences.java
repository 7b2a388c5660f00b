package com.hongshu.studio.app.shell;

import com.hongshu.studio.app.common.TaskRunner;
import java.lang.System.Logger;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The remembered {@link UiState}, written to the workspace folder off the FX thread after each change. */
public final class UiPreferences {

    private static final Logger LOG = System.getLogger("studio.ui");

    private final Path dir;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<UiState> state;

    public UiPreferences(Path dir, UiState initial, TaskRunner tasks) {
        this.dir = dir;
        this.tasks = tasks;
        this.state = new ReadOnlyObjectWrapper<>(initial);
    }

    public UiState get() {
        return state.get();
    }

    public ReadOnlyObjectProperty<UiState> property() {
        return state.getReadOnlyProperty();
    }

    /** Writes the current state now, on the calling thread: for shutdown, when no background work may follow. */
    public void saveNow() {
        try {
            state.get().save(dir);
        } catch (java.io.IOException e) {
            LOG.log(Logger.Level.WARNING, "could not remember the window state", e);
        }
    }

    public void update(UnaryOperator<UiState> change) {
        UiState next = change.apply(state.get());
        if (next.equals(state.get())) {
            return;
        }
        state.set(next);
        tasks.quietly(p -> {
            next.save(dir);
            return null;
        }, ignored -> { }, e -> LOG.log(Logger.Level.WARNING, "could not remember the window state", e));
    }
}
