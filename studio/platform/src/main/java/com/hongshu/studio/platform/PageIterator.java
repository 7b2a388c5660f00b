package com.hongshu.studio.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Walks a page-numbered listing without repeating a row or skipping one when rows move between pages: rows are
 * deduplicated by id, and when a pass saw the listing move (its total changed or a row came twice) the listing is
 * read again from page 1 to pick up rows the shift hid, up to a few passes.
 */
public final class PageIterator<T> implements Iterator<T> {
    /** One page as the listing answered it. */
    public record Page<T>(int total, List<T> items) {
    }

    static final int MAX_PASSES = 4;

    private final IntFunction<Page<T>> fetch;
    private final Function<T, String> id;
    private final int pageSize;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> seenThisPass = new HashSet<>();
    private final Deque<T> buffer = new ArrayDeque<>();
    private int pass;
    private int pageNo = 1;
    private int totalAtPassStart = -1;
    private boolean moved;
    private boolean done;

    public PageIterator(IntFunction<Page<T>> fetch, Function<T, String> id, int pageSize) {
        this.fetch = fetch;
        this.id = id;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !done) {
            fetchNext();
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return buffer.poll();
    }

    /** Passes over the listing so far (more than 1 means the listing moved while it was read). */
    public int passes() {
        return pass + 1;
    }

    private void fetchNext() {
        Page<T> page = fetch.apply(pageNo);
        if (pageNo == 1) {
            totalAtPassStart = page.total();
        } else if (page.total() != totalAtPassStart) {
            moved = true;
        }
        for (T item : page.items()) {
            String key = id.apply(item);
            if (!seenThisPass.add(key)) moved = true;
            if (seen.add(key)) buffer.add(item);
        }
        boolean last = page.items().size() < pageSize || (long) pageNo * pageSize >= page.total();
        if (!last) {
            pageNo++;
            return;
        }
        if (moved && pass + 1 < MAX_PASSES) {
            pass++;
            pageNo = 1;
            moved = false;
            seenThisPass.clear();
        } else {
            done = true;
        }
    }
}
