package com.hongshu.studio.app.common;

/** Blocking work run off the FX thread; it may report progress and should stop early when cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
