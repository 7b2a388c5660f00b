package com.hongshu.studio.app.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The test twin: runs the work and its callback at once on the calling thread, so view-model tests need no toolkit. */
public final class InThreadTaskRunner implements TaskRunner {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    @Override
    public <T> TaskHandle submit(String taskTitle, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    progress.set(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Throwable t) {
            onFailure.accept(t);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty currentTitle() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty currentProgress() {
        return progress.getReadOnlyProperty();
    }
}
