package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.ImportException;
import com.hongshu.studio.core.stats.ImportProblem;
import com.hongshu.studio.core.stats.SheetSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Opens an export file as sheets of text: XLSX by streaming (fastexcel), CSV in UTF-8 (BOM or not) or GB18030. */
public final class StatsFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private StatsFiles() {
    }

    public static SheetSource open(Path file) {
        try {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            if (n == 4 && java.util.Arrays.equals(head, ZIP)) {
                return xlsx(file);
            }
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                if (n == 0) {
                    return SheetSource.of(List.of());
                }
                throw new ImportException(ImportProblem.UNREADABLE, file.getFileName().toString(), null);
            }
            return csv(file);
        } catch (IOException e) {
            throw new ImportException(ImportProblem.UNREADABLE, file.getFileName().toString(), e);
        }
    }

    private static SheetSource xlsx(Path file) throws IOException {
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportProblem.UNREADABLE, file.getFileName().toString(), e);
        }
        List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
        return new SheetSource() {
            @Override
            public List<String> names() {
                return sheets.stream().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
            }

            @Override
            public Stream<List<String>> rows(int index) {
                Stream<Row> rows;
                try {
                    rows = sheets.get(index).openStream();
                } catch (IOException | RuntimeException e) {
                    throw new ImportException(ImportProblem.UNREADABLE, file.getFileName().toString(), e);
                }
                int[] next = {1};
                return rows.flatMap(r -> {
                    List<List<String>> out = new ArrayList<>();
                    while (next[0] < r.getRowNum() && out.size() < 100) { // keep row numbers as the user sees them
                        out.add(List.of());
                        next[0]++;
                    }
                    next[0] = r.getRowNum() + 1;
                    List<String> cells = new ArrayList<>(r.getCellCount());
                    for (int i = 0; i < r.getCellCount(); i++) {
                        String t = r.getCell(i) == null ? "" : r.getCellText(i);
                        cells.add(t == null ? "" : t);
                    }
                    out.add(cells);
                    return out.stream();
                });
            }

            @Override
            public void close() {
                try {
                    wb.close();
                } catch (IOException ignored) {
                    // read-only: nothing is lost if closing fails
                }
            }
        };
    }

    private static SheetSource csv(Path file) throws IOException {
        Charset charset = StandardCharsets.UTF_8;
        try (InputStream in = Files.newInputStream(file)) {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readNBytes(1 << 20)));
        } catch (CharacterCodingException e) {
            charset = Charset.forName("GB18030"); // Excel on Chinese Windows saves CSV in the local code page
        }
        Charset chosen = charset;
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new SheetSource() {
            @Override
            public List<String> names() {
                return List.of(name);
            }

            @Override
            public Stream<List<String>> rows(int index) {
                try {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), chosen),
                            1 << 16);
                    Iterator<List<String>> it = new CsvRows(reader);
                    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                            .onClose(() -> {
                                try {
                                    reader.close();
                                } catch (IOException ignored) {
                                    // read-only
                                }
                            });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks; a tab-separated file works too. */
    static final class CsvRows implements Iterator<List<String>> {
        private final BufferedReader in;
        private List<String> next;
        private boolean first = true;
        private char separator = ',';
        /** The widest row so far: rows are sized once instead of growing cell by cell. */
        private int width = 16;

        CsvRows(BufferedReader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return next != null;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<String> out = next;
            next = null;
            return out;
        }

        private List<String> read() throws IOException {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            if (first) {
                first = false;
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.indexOf('\t') >= 0 && line.indexOf(',') < 0) {
                    separator = '\t';
                }
            }
            if (line.isEmpty()) {
                return Collections.emptyList();
            }
            if (line.indexOf('"') < 0) {
                return split(line);
            }
            List<String> cells = new ArrayList<>(width);
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= line.length()) {
                    if (quoted) {
                        String more = in.readLine();
                        if (more == null) {
                            break;
                        }
                        cell.append('\n');
                        line = more;
                        i = 0;
                        continue;
                    }
                    break;
                }
                char ch = line.charAt(i++);
                if (quoted) {
                    if (ch == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            width = Math.max(width, cells.size());
            return cells;
        }

        /** A line without quotes (nearly every line of an export): cut at the separators, no copying per char. */
        private List<String> split(String line) {
            List<String> cells = new ArrayList<>(width);
            int from = 0;
            for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, from)) {
                cells.add(line.substring(from, at));
                from = at + 1;
            }
            cells.add(line.substring(from));
            width = Math.max(width, cells.size());
            return cells;
        }
    }
}
