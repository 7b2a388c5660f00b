package com.hongshu.studio.core.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the sheets of a creator-centre export into a batch of statistics, or says exactly why it cannot: nothing is
 * half-read, so a bad file writes nothing.
 */
public final class ExportParser {

    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int SAMPLE_ROWS = 5;
    private static final String DETAIL_SUFFIX = "数据明细表";

    private final ZoneId zone;
    private final LocalDate today;

    /** {@code today} is the day a content list's totals are taken as of; times are read in {@code zone}. */
    public ExportParser(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.today = today;
    }

    private record Header(int index, Map<Integer, Field> columns, List<String> ignored) {
        Set<Field> fields() {
            return columns.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(columns.values());
        }
    }

    public ImportPreview parse(List<Sheet> sheets, String fileName) {
        return parse(SheetSource.of(sheets), fileName);
    }

    /** Reads the whole file into one batch (small files, tests and sync); a large import uses preview and stream. */
    public ImportPreview parse(SheetSource source, String fileName) {
        StatsBatch[] whole = new StatsBatch[1];
        ImportPreview p = scan(source, fileName, Integer.MAX_VALUE, Integer.MAX_VALUE, b -> whole[0] = b);
        return new ImportPreview(p.layout(), p.sheet(), p.mapping(), p.ignored(), p.sample(), p.rows(), whole[0]);
    }

    /**
     * Reads only the header and the first rows, for the user to confirm; {@code rows()} is -1 (not counted) and the
     * batch holds just those rows. The rest of the file is checked as it is streamed into the store.
     */
    public ImportPreview preview(SheetSource source, String fileName) {
        StatsBatch[] first = new StatsBatch[1];
        ImportPreview p = scan(source, fileName, SAMPLE_ROWS, Integer.MAX_VALUE, b -> first[0] = b);
        return new ImportPreview(p.layout(), p.sheet(), p.mapping(), p.ignored(), p.sample(), -1, first[0]);
    }

    /**
     * Reads the whole file and hands it to {@code sink} in batches of about {@code batchRows} rows, so a file of a
     * million rows is never held in memory; a bad cell throws an {@link ImportException} part way through.
     */
    public void stream(SheetSource source, String fileName, int batchRows, Consumer<StatsBatch> sink) {
        scan(source, fileName, Integer.MAX_VALUE, batchRows, sink);
    }

    private ImportPreview scan(SheetSource source, String fileName, int limit, int batchRows,
                               Consumer<StatsBatch> sink) {
        boolean anyCell = false;
        ImportException nearMiss = null;
        List<String> names = source.names();
        for (int i = 0; i < names.size(); i++) {
            try (Stream<List<String>> stream = source.rows(i)) {
                Iterator<List<String>> rows = stream.iterator();
                List<List<String>> head = new ArrayList<>();
                while (head.size() < HEADER_SEARCH_ROWS && rows.hasNext()) {
                    head.add(rows.next());
                }
                anyCell |= head.stream().flatMap(List::stream).anyMatch(c -> c != null && !c.isBlank());
                Header header = findHeader(head);
                if (header == null) {
                    continue;
                }
                for (ExportLayout layout : ExportLayout.values()) {
                    if (header.fields().containsAll(layout.required())) {
                        return read(names.get(i), head, rows, header, layout, fileName, limit, batchRows, sink);
                    }
                }
                if (nearMiss == null && header.columns().size() >= 2) {
                    nearMiss = new ImportException(ImportProblem.MISSING_COLUMNS, names.get(i), header.index() + 1,
                            "", missing(header.fields()));
                }
            }
        }
        if (!anyCell) {
            throw new ImportException(ImportProblem.EMPTY_FILE, "", 0, "", fileName);
        }
        if (nearMiss != null) {
            throw nearMiss;
        }
        throw new ImportException(ImportProblem.NO_EXPORT_SHEET, names.isEmpty() ? "" : names.get(0), 0, "",
                String.join(", ", names));
    }

    /** The closest layout's missing columns, by their Chinese header. */
    private static String missing(Set<Field> present) {
        ExportLayout best = null;
        int bestHits = -1;
        for (ExportLayout l : ExportLayout.values()) {
            int hits = (int) l.required().stream().filter(present::contains).count();
            if (hits > bestHits) {
                best = l;
                bestHits = hits;
            }
        }
        List<String> names = new ArrayList<>();
        for (Field f : best.required()) {
            if (!present.contains(f)) {
                names.add(chineseHeader(f));
            }
        }
        return String.join("、", names);
    }

    static String chineseHeader(Field f) {
        return switch (f) {
            case TITLE -> "笔记标题";
            case PUBLISHED -> "首次发布时间";
            case DATE -> "日期";
            case IMPRESSIONS -> "曝光";
            case VIEWS -> "观看量";
            case LIKES -> "点赞";
            case COMMENTS -> "评论";
            case COLLECTS -> "收藏";
            case FOLLOWERS -> "粉丝数";
            default -> f.name();
        };
    }

    private static Header findHeader(List<List<String>> head) {
        Header best = null;
        for (int r = 0; r < head.size(); r++) {
            List<String> row = head.get(r);
            Map<Integer, Field> cols = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Field f = Field.forHeader(row.get(c));
                if (f != null && !cols.containsValue(f)) {
                    cols.put(c, f);
                } else if (row.get(c) != null && !row.get(c).isBlank()) {
                    ignored.add(row.get(c).strip());
                }
            }
            if (best == null || cols.size() > best.columns().size()) {
                best = new Header(r, cols, ignored);
            }
        }
        return best == null || best.columns().isEmpty() ? null : best;
    }

    private ImportPreview read(String sheet, List<List<String>> head, Iterator<List<String>> more, Header header,
                               ExportLayout layout, String fileName, int limit, int batchRows,
                               Consumer<StatsBatch> sink) {
        int capacity = Math.min(batchRows, 1 << 16);
        List<NoteInfo> infos = new ArrayList<>();
        List<NoteDay> days = new ArrayList<>(capacity);
        List<NoteSnapshot> snapshots = new ArrayList<>();
        List<AccountDay> account = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        NoteRef fileNote = layout == ExportLayout.NOTE_DAILY && !header.fields().contains(Field.TITLE)
                ? NoteRef.titled(titleFor(sheet, head, header, fileName)) : null;
        Map<String, NoteRef> refs = new HashMap<>();
        Columns columns = new Columns(header.columns(), head.get(header.index()));
        List<String> headerRow = head.get(header.index());
        int count = 0;
        int inBatch = 0;
        int r = header.index();
        while (count < limit) {
            r++;
            List<String> row;
            if (r < head.size()) {
                row = head.get(r);
            } else if (more.hasNext()) {
                row = more.next();
            } else {
                break;
            }
            if (blankRow(row)) {
                continue;
            }
            Row cells = new Row(sheet, r + 1, row, columns);
            switch (layout) {
                case CONTENT_LIST -> {
                    NoteRef ref = new NoteRef(null, cells.text(Field.NOTE_ID), cells.required(Field.TITLE));
                    LocalDateTime published = cells.dateTime(Field.PUBLISHED);
                    java.time.Instant at = published.atZone(zone).toInstant();
                    String kind = cells.text(Field.KIND);
                    infos.add(new NoteInfo(ref, at, kind));
                    snapshots.add(new NoteSnapshot(ref, today, cells.counts(), cells.duration(Field.AVG_VIEW_TIME),
                            at, kind));
                }
                case NOTE_DAILY -> {
                    NoteRef ref = fileNote;
                    if (ref == null) {
                        String id = cells.text(Field.NOTE_ID);
                        String title = cells.required(Field.TITLE);
                        ref = refs.computeIfAbsent(id == null ? title : id + "\u0000" + title,
                                k -> new NoteRef(null, id, title));
                    }
                    LocalDate day = cells.dateTime(Field.DATE).toLocalDate();
                    days.add(NoteDay.of(ref, day, cells.counts(), cells.duration(Field.AVG_VIEW_TIME)));
                }
                case ACCOUNT_DAILY -> account.add(new AccountDay(cells.dateTime(Field.DATE).toLocalDate(),
                        cells.count(Field.FOLLOWERS), cells.count(Field.NEW_FOLLOWERS),
                        cells.count(Field.LOST_FOLLOWERS), cells.count(Field.PROFILE_VISITS)));
            }
            if (sample.size() < SAMPLE_ROWS) {
                sample.add(List.copyOf(row.stream().map(c -> c == null ? "" : c).toList()));
            }
            count++;
            if (++inBatch >= batchRows) {
                sink.accept(new StatsBatch(infos, days, snapshots, account));
                infos.clear();
                days.clear();
                snapshots.clear();
                account.clear();
                inBatch = 0;
            }
        }
        if (count == 0) {
            throw new ImportException(ImportProblem.EMPTY_FILE, sheet, header.index() + 1, "", fileName);
        }
        if (inBatch > 0) {
            sink.accept(new StatsBatch(infos, days, snapshots, account));
        }
        Map<String, Field> mapping = new LinkedHashMap<>();
        header.columns().forEach((c, f) -> mapping.put(headerRow.get(c).strip(), f));
        return new ImportPreview(layout, sheet, mapping, header.ignored(), sample, count, null);
    }

    private static boolean blankRow(List<String> row) {
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A 数据明细表 names its note in the file name ("标题_数据明细表.xlsx") or in a line above the header. */
    private static String titleFor(String sheet, List<List<String>> head, Header header, String fileName) {
        for (int r = 0; r < header.index(); r++) {
            for (String c : head.get(r)) {
                if (c != null && c.strip().matches("^(笔记标题|标题)[:：].+")) {
                    return c.strip().replaceFirst("^(笔记标题|标题)[:：]", "").strip();
                }
            }
        }
        String stem = fileName.replaceFirst("\\.[A-Za-z]+$", "");
        int at = stem.indexOf(DETAIL_SUFFIX);
        String title = (at >= 0 ? stem.substring(0, at) : stem).replaceAll("[-_ 　]+$", "").strip();
        return title.isEmpty() ? sheet : title;
    }

    /** Where each field is in a row and its header as the file writes it; built once per sheet. */
    private static final class Columns {
        final int[] index = new int[Field.values().length];
        final String[] headers = new String[Field.values().length];
        final Map<String, LocalDateTime> dates = new HashMap<>();

        Columns(Map<Integer, Field> columns, List<String> headerRow) {
            java.util.Arrays.fill(index, -1);
            columns.forEach((c, f) -> {
                index[f.ordinal()] = c;
                headers[f.ordinal()] = headerRow.get(c).strip();
            });
        }
    }

    /** One data row with its mapped columns; every reader throws an {@link ImportException} naming the cell. */
    private static final class Row {
        private final String sheet;
        private final int number;
        private final List<String> cells;
        private final Columns columns;

        Row(String sheet, int number, List<String> cells, Columns columns) {
            this.sheet = sheet;
            this.number = number;
            this.cells = cells;
            this.columns = columns;
        }

        String text(Field f) {
            int c = columns.index[f.ordinal()];
            if (c < 0 || c >= cells.size() || cells.get(c) == null) {
                return null;
            }
            return cells.get(c).strip();
        }

        String required(Field f) {
            String t = text(f);
            if (t == null || t.isEmpty()) {
                throw new ImportException(ImportProblem.MISSING_COLUMNS, sheet, number, chineseHeader(f), "");
            }
            return t;
        }

        long count(Field f) {
            String t = text(f);
            Long v = Cells.count(t);
            if (v == null) {
                throw new ImportException(ImportProblem.NOT_A_NUMBER, sheet, number, headerOf(f), t);
            }
            return v;
        }

        long duration(Field f) {
            String t = text(f);
            Long v = Cells.durationMillis(t);
            if (v == null) {
                throw new ImportException(ImportProblem.NOT_A_NUMBER, sheet, number, headerOf(f), t);
            }
            return v;
        }

        LocalDateTime dateTime(Field f) {
            String t = text(f);
            LocalDateTime v = t == null ? null : columns.dates.get(t);
            if (v == null) {
                v = Cells.dateTime(t);
                if (v != null && columns.dates.size() < 100_000) {
                    columns.dates.put(t, v); // a file repeats the same dates for every note
                }
            }
            if (v == null) {
                throw new ImportException(ImportProblem.BAD_DATE, sheet, number, headerOf(f), t == null ? "" : t);
            }
            return v;
        }

        Counts counts() {
            String ctr = text(Field.CLICK_RATE);
            if (!Cells.isPercent(ctr)) {
                throw new ImportException(ImportProblem.NOT_A_NUMBER, sheet, number, headerOf(Field.CLICK_RATE), ctr);
            }
            return new Counts(count(Field.IMPRESSIONS), count(Field.VIEWS), count(Field.LIKES), count(Field.COLLECTS),
                    count(Field.COMMENTS), count(Field.SHARES), count(Field.FOLLOWER_GAIN));
        }

        private String headerOf(Field f) {
            String h = columns.headers[f.ordinal()];
            return h == null ? f.name() : h;
        }
    }
}
