package com.hongshu.studio.app.notes;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX timeline; create and use it on the FX thread. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(java.time.Duration delay) {
        pause = new PauseTransition(Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void trigger(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable r = pending;
        pending = null;
        if (r != null) {
            r.run();
        }
    }
}
