package com.hongshu.studio.app.notes;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo of editor changes as command objects (Scene Builder's Job/JobManager idea). */
public final class UndoStack {

    /** One change that knows how to take itself back and to do itself again. */
    public interface Command {
        void undo();

        void redo();

        /** Folds {@code next} into this one (consecutive typing in one field is one step); false if it cannot. */
        default boolean absorb(Command next) {
            return false;
        }
    }

    private static final int LIMIT = 200;

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private boolean replaying;
    private boolean sealed;

    /** Records a change that has already been made. Ignored while an undo or redo is being replayed. */
    public void record(Command command) {
        if (replaying) {
            return;
        }
        undone.clear();
        if (sealed || done.isEmpty() || !done.peek().absorb(command)) {
            done.push(command);
            if (done.size() > LIMIT) {
                done.removeLast();
            }
        }
        sealed = false;
        update();
    }

    /** The next change starts a new step even if it could be folded into the last one. */
    public void seal() {
        sealed = true;
    }

    public void undo() {
        if (!done.isEmpty()) {
            Command c = done.pop();
            replay(c::undo);
            undone.push(c);
            sealed = true;
            update();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Command c = undone.pop();
            replay(c::redo);
            done.push(c);
            sealed = true;
            update();
        }
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public boolean isReplaying() {
        return replaying;
    }

    private void replay(Runnable r) {
        replaying = true;
        try {
            r.run();
        } finally {
            replaying = false;
        }
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
