package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsFeed;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a feed (reading and parsing a file) on its own thread, a couple of batches ahead of the writer, so that parsing
 * and SQLite's work overlap instead of adding up. Closing it stops the feed; a failure of the feed (a bad cell) comes
 * out of {@link #next()} as itself.
 */
final class FeedReader implements AutoCloseable {

    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    /** Thrown inside the feed's thread to stop it once the writer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    FeedReader(StatsFeed feed) {
        thread = new Thread(() -> {
            Object last;
            try {
                feed.feed(this::hand);
                last = END;
            } catch (Stopped s) {
                return;
            } catch (Throwable t) {
                last = new Failure(t);
            }
            try {
                hand(last);
            } catch (Stopped s) {
                // the writer has gone: nobody wants the outcome
            }
        }, "stats-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    /** The next batch, or null when the feed is done; rethrows what the feed threw. */
    StatsBatch next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the import", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof Failure f) {
            if (f.error() instanceof RuntimeException r) {
                throw r;
            }
            if (f.error() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(f.error());
        }
        return (StatsBatch) item;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
    }
}
