package com.hongshu.studio.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work on a small pool of daemon threads and hands results back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    /** Titled tasks still running, newest last; touched on the FX thread only. */
    private final List<Tracked> visible = new ArrayList<>();

    public FxTaskRunner(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "studio-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> TaskHandle submit(String taskTitle, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        Tracked tracked = new Tracked(taskTitle);
        if (taskTitle != null) {
            onFx(() -> {
                visible.add(tracked);
                refresh();
            });
        }
        pool.execute(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(tracked);
            } catch (Throwable t) {
                failure = t;
            }
            T finalResult = result;
            Throwable finalFailure = failure;
            onFx(() -> {
                if (taskTitle != null) {
                    visible.remove(tracked);
                    refresh();
                }
                if (tracked.isCancelled()) {
                    return;
                }
                if (finalFailure != null) {
                    onFailure.accept(finalFailure);
                } else {
                    onSuccess.accept(finalResult);
                }
            });
        });
        return tracked;
    }

    private void refresh() {
        running.set(visible.size());
        if (visible.isEmpty()) {
            title.set("");
            progress.set(-1);
        } else {
            Tracked newest = visible.get(visible.size() - 1);
            title.set(newest.message != null ? newest.title + " — " + newest.message : newest.title);
            progress.set(newest.fraction);
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
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

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Tracked implements Progress, TaskHandle {
        private final String title;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile double fraction = -1;
        private volatile String message;
        private final AtomicBoolean refreshQueued = new AtomicBoolean();

        Tracked(String title) {
            this.title = title;
        }

        @Override
        public void update(double fraction, String message) {
            this.fraction = fraction;
            this.message = message;
            // Coalesce: a tight loop reporting progress must not flood the FX thread.
            if (title != null && refreshQueued.compareAndSet(false, true)) {
                onFx(() -> {
                    refreshQueued.set(false);
                    refresh();
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    }
}
