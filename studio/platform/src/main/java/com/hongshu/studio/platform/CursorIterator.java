package com.hongshu.studio.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows a cursor listing to its end. A cursor that does not move while the platform says there is more would
 * loop for ever: that is a changed platform, reported as such.
 */
public final class CursorIterator<T> implements Iterator<T> {
    /** One page: its rows, the cursor to ask for the next one, and whether there is more. */
    public record Page<T>(List<T> items, String cursor, boolean hasMore) {
    }

    private final Function<String, Page<T>> fetch;
    private final Function<T, String> id;
    private final Set<String> seen = new HashSet<>();
    private final Deque<T> buffer = new ArrayDeque<>();
    private String cursor;
    private boolean done;

    public CursorIterator(String startCursor, Function<String, Page<T>> fetch, Function<T, String> id) {
        this.cursor = startCursor;
        this.fetch = fetch;
        this.id = id;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !done) {
            Page<T> page = fetch.apply(cursor);
            for (T item : page.items()) {
                if (seen.add(id.apply(item))) buffer.add(item);
            }
            if (!page.hasMore()) {
                done = true;
            } else if (page.cursor() == null || page.cursor().isEmpty() || Objects.equals(page.cursor(), cursor)) {
                throw new PlatformException(ErrorCategory.PLATFORM_CHANGED, 0, 200, "cursor listing",
                        "hasMore without a new cursor", null, null, null);
            }
            if (page.cursor() != null && !page.cursor().isEmpty()) cursor = page.cursor();
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return buffer.poll();
    }

    /** The cursor of the last page read: store it to resume a pull after a crash. */
    public String cursor() {
        return cursor;
    }
}
