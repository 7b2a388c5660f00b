package com.hongshu.studio.core.stats;

import java.util.List;
import java.util.stream.Stream;

/**
 * The sheets of an imported file, read as a stream of rows of cell texts, so that a file of a million rows is never
 * held in memory as text (a CSV file is one sheet).
 */
public interface SheetSource extends AutoCloseable {

    List<String> names();

    /** The rows of sheet {@code index} in order; a skipped row comes as an empty list. Close the stream. */
    Stream<List<String>> rows(int index);

    @Override
    default void close() {
    }

    static SheetSource of(List<Sheet> sheets) {
        return new SheetSource() {
            @Override
            public List<String> names() {
                return sheets.stream().map(Sheet::name).toList();
            }

            @Override
            public Stream<List<String>> rows(int index) {
                return sheets.get(index).rows().stream();
            }
        };
    }
}
