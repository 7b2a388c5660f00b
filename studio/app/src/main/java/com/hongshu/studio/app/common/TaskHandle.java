package com.hongshu.studio.app.common;

/** A submitted piece of background work. Cancelling asks the work to stop; its success callback will not run. */
public interface TaskHandle {
    void cancel();

    boolean isCancelled();
}
