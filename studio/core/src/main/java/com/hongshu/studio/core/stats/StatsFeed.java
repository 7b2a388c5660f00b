package com.hongshu.studio.core.stats;

import java.util.function.Consumer;

/** Batches produced one after another into one write, e.g. a large file streamed row by row. */
@FunctionalInterface
public interface StatsFeed {

    /** Hands every batch to {@code sink} in order; may throw (an {@link ImportException}), and then nothing is kept. */
    void feed(Consumer<StatsBatch> sink);
}
