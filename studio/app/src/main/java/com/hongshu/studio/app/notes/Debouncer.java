package com.hongshu.studio.app.notes;

/** Runs an action once, a short while after the last of a burst of triggers (autosave after typing pauses). */
public interface Debouncer {

    /** (Re)starts the wait; {@code action} runs on the FX thread when it ends without another trigger. */
    void trigger(Runnable action);

    /** Runs the pending action now, if any. */
    void flush();

    /** A test twin: nothing runs until {@link #flush()}. */
    final class Manual implements Debouncer {
        private Runnable pending;

        @Override
        public void trigger(Runnable action) {
            pending = action;
        }

        @Override
        public void flush() {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        }

        public boolean isPending() {
            return pending != null;
        }
    }
}
