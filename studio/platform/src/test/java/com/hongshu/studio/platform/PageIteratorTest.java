package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class PageIteratorTest {

    /** A newest-first listing that changes once, right before page 2 is served. */
    private static IntFunction<PageIterator.Page<String>> listing(List<String> rows, Runnable changeBeforePage2) {
        boolean[] changed = {false};
        return pageNo -> {
            if (pageNo == 2 && !changed[0]) {
                changed[0] = true;
                changeBeforePage2.run();
            }
            int from = Math.min(rows.size(), (pageNo - 1) * 3);
            return new PageIterator.Page<>(rows.size(), List.copyOf(rows.subList(from, Math.min(rows.size(), from + 3))));
        };
    }

    @Test
    void aRowInsertedAtTheHeadIsNeitherRepeatedNorMissed() {
        List<String> rows = new ArrayList<>(List.of("g", "f", "e", "d", "c", "b", "a"));
        List<String> out = new ArrayList<>();
        new PageIterator<>(listing(rows, () -> rows.add(0, "h")), s -> s, 3).forEachRemaining(out::add);
        assertThat(out).doesNotHaveDuplicates().containsExactlyInAnyOrder("h", "g", "f", "e", "d", "c", "b", "a");
    }

    @Test
    void aRowRemovedBeforeTheCursorDoesNotHideTheNextOne() {
        List<String> rows = new ArrayList<>(List.of("g", "f", "e", "d", "c", "b", "a"));
        List<String> out = new ArrayList<>();
        new PageIterator<>(listing(rows, () -> rows.remove("g")), s -> s, 3).forEachRemaining(out::add);
        assertThat(out).doesNotHaveDuplicates().contains("f", "e", "d", "c", "b", "a");
    }

    @Test
    void aStableListingIsReadOnce() {
        List<String> rows = new ArrayList<>(List.of("c", "b", "a"));
        int[] fetches = {0};
        PageIterator<String> it = new PageIterator<>(pageNo -> {
            fetches[0]++;
            return new PageIterator.Page<>(3, pageNo == 1 ? rows : List.of());
        }, s -> s, 3);
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        assertThat(out).containsExactly("c", "b", "a");
        assertThat(fetches[0]).isEqualTo(1);
        assertThat(it.passes()).isEqualTo(1);
    }
}
