package com.hongshu.studio.store.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.stats.ExportLayout;
import com.hongshu.studio.core.stats.ExportParser;
import com.hongshu.studio.core.stats.Field;
import com.hongshu.studio.core.stats.ImportException;
import com.hongshu.studio.core.stats.ImportPreview;
import com.hongshu.studio.core.stats.ImportProblem;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.stats.SheetSource;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private Workspace ws;
    private SqliteStatsRepository repo;
    private final ExportParser parser = new ExportParser(ZONE, TODAY);

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE));
        repo = new SqliteStatsRepository(ws.database(), ZONE);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportPreview parse(Path file) {
        try (SheetSource src = StatsFiles.open(file)) {
            return parser.parse(src, file.getFileName().toString());
        }
    }

    private Path contentList() throws Exception {
        return ExportFiles.xlsx(dir.resolve("笔记列表.xlsx"), "笔记列表", ExportFiles.CONTENT_LIST, List.of(
                List.of("秋冬穿搭｜一衣多穿", "2025年03月08日14时05分00秒", "图文", 12000, 3400, "28.3%", 520, 40, 210, 12,
                        33, "18.5"),
                List.of("咖啡探店", "2025年03月09日09时30分00秒", "视频", 8000, 1600, "20%", 300, 22, 90, 5, 8, "42")));
    }

    @Test
    void theContentListImportsAndItsKpisMatchAnIndependentSqlComputation() throws Exception {
        ImportPreview preview = parse(contentList());
        assertThat(preview.layout()).isEqualTo(ExportLayout.CONTENT_LIST);
        assertThat(preview.mapping()).containsEntry("观看量", Field.VIEWS).containsEntry("首次发布时间", Field.PUBLISHED);
        assertThat(preview.rows()).isEqualTo(2);
        repo.write(preview.batch(), StatsRepository.WriteListener.NONE);

        List<NoteStats> notes = repo.notes();
        NoteStats first = notes.stream().filter(n -> n.ref().title().startsWith("秋冬")).findFirst().orElseThrow();
        assertThat(first.totals().views()).isEqualTo(3400);
        assertThat(first.totals().collects()).isEqualTo(210);
        assertThat(first.avgViewMillis()).isEqualTo(18_500);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-08T06:05:00Z"));

        long views = repo.daily(TODAY, TODAY).get(0).counts().views();
        long engagements = repo.daily(TODAY, TODAY).get(0).counts().engagements();
        long[] raw = ws.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SUM(views), SUM(likes + comments + collects + shares) FROM stat_note_day");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        assertThat(views).isEqualTo(raw[0]).isEqualTo(5000);
        assertThat(engagements).isEqualTo(raw[1]).isEqualTo(520 + 40 + 210 + 33 + 300 + 22 + 90 + 8);

        repo.write(parse(contentList()).batch(), StatsRepository.WriteListener.NONE); // again: nothing doubles
        assertThat(repo.daily(TODAY, TODAY).get(0).counts().views()).isEqualTo(5000);
    }

    @Test
    void aNotesDetailSheetNamesItsNoteInTheFileName() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            rows.add(List.of("2026年11月" + String.format("%02d", 20 + d) + "日", 1000 + d, 200 + d, "20%", 30, 2, 10, 1,
                    3, "15"));
        }
        Path file = ExportFiles.xlsx(dir.resolve("咖啡探店_数据明细表.xlsx"), "数据明细", ExportFiles.DETAIL, rows);
        ImportPreview preview = parse(file);
        assertThat(preview.layout()).isEqualTo(ExportLayout.NOTE_DAILY);
        repo.write(preview.batch(), StatsRepository.WriteListener.NONE);
        NoteStats note = repo.notes().get(0);
        assertThat(note.ref().title()).isEqualTo("咖啡探店");
        assertThat(note.totals().views()).isEqualTo(7 * 200 + 21);
        assertThat(repo.daily(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26))).hasSize(7);
    }

    @Test
    void aCsvWithBomAndQuotesImportsToo() throws Exception {
        Path csv = dir.resolve("content.csv");
        Files.writeString(csv, "\uFEFF" + String.join(",", ExportFiles.CONTENT_LIST) + "\n"
                + "\"标题, 带逗号\",2025年03月08日14时05分00秒,图文,\"1,200\",300,25%,10,1,2,0,1,12\n", StandardCharsets.UTF_8);
        ImportPreview preview = parse(csv);
        assertThat(preview.batch().snapshots().get(0).note().title()).isEqualTo("标题, 带逗号");
        assertThat(preview.batch().snapshots().get(0).totals().impressions()).isEqualTo(1200);
    }

    @Test
    void aWorkbookWithoutAnExportSheetIsRefusedAndWritesNothing() throws Exception {
        Path file = ExportFiles.xlsx(dir.resolve("粉丝画像.xlsx"), "粉丝画像", List.of("性别", "占比"),
                List.of(List.of("女", "80%")));
        assertProblem(file, ImportProblem.NO_EXPORT_SHEET);
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        Path file = ExportFiles.xlsx(dir.resolve("list.xlsx"), "笔记列表", List.of("笔记标题", "首次发布时间", "曝光"),
                List.of(List.of("a", "2025年03月08日14时05分00秒", 1)));
        ImportException e = assertProblem(file, ImportProblem.MISSING_COLUMNS);
        assertThat(e.detail()).contains("观看量").contains("点赞");
    }

    @Test
    void textInANumberCellNamesTheCell() throws Exception {
        Path file = ExportFiles.xlsx(dir.resolve("list.xlsx"), "笔记列表", ExportFiles.CONTENT_LIST, List.of(
                List.of("好笔记", "2025年03月08日14时05分00秒", "图文", 100, 50, "10%", 5, 1, 1, 0, 0, "10"),
                List.of("坏笔记", "2025年03月08日14时05分00秒", "图文", 100, "很多", "10%", 5, 1, 1, 0, 0, "10")));
        ImportException e = assertProblem(file, ImportProblem.NOT_A_NUMBER);
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("观看量");
        assertThat(e.detail()).isEqualTo("很多");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertProblem(empty, ImportProblem.EMPTY_FILE);
        Path headerOnly = ExportFiles.xlsx(dir.resolve("header.xlsx"), "笔记列表", ExportFiles.CONTENT_LIST, List.of());
        assertProblem(headerOnly, ImportProblem.EMPTY_FILE);
    }

    @Test
    void aFileThatIsNotAnExportAtAllIsUnreadable() throws Exception {
        Path bogus = dir.resolve("photo.xlsx");
        Files.write(bogus, new byte[] {1, 2, 3, 4, 5});
        assertProblem(bogus, ImportProblem.UNREADABLE);
    }

    /** A 数据明细表 CSV of {@code notes} notes x {@code days} days, newest day first as the creator centre writes it. */
    private Path detailCsv(String name, int notes, int days, String badViews) throws Exception {
        StringBuilder b = new StringBuilder("\uFEFF笔记标题,日期,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长\n");
        for (int n = 0; n < notes; n++) {
            for (int d = 0; d < days; d++) {
                boolean last = n == notes - 1 && d == days - 1;
                b.append("笔记").append(n).append(',').append(TODAY.minusDays(d)).append(",900,")
                        .append(last && badViews != null ? badViews : Integer.toString(100 + d)).append(",11.1%,10,1,4,0,2,18.5\n");
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private com.hongshu.studio.core.stats.WriteResult stream(Path file, int batchRows,
                                                             StatsRepository.WriteListener listener) {
        return repo.writeAll(sink -> {
            try (SheetSource src = StatsFiles.open(file)) {
                parser.stream(src, file.getFileName().toString(), batchRows, sink);
            }
        }, listener);
    }

    private long storedViews() {
        return repo.notes().stream().mapToLong(n -> n.totals().views()).sum();
    }

    @Test
    void aLargeFileIsPreviewedFromItsFirstRowsThenStreamedInBatchesWithTheSameResultAsAWholeRead() throws Exception {
        Path file = detailCsv("明细.csv", 30, 40, null);
        ImportPreview preview;
        try (SheetSource src = StatsFiles.open(file)) {
            preview = parser.preview(src, "明细.csv");
        }
        assertThat(preview.layout()).isEqualTo(ExportLayout.NOTE_DAILY);
        assertThat(preview.sample()).hasSize(5);
        assertThat(preview.rows()).isEqualTo(-1);
        assertThat(repo.span()).isEmpty(); // a preview writes nothing

        var result = stream(file, 7, StatsRepository.WriteListener.NONE); // batches split notes part way
        assertThat(result.inserted()).isEqualTo(1_200);
        long expected = 30L * (40 * 100 + 40 * 39 / 2);
        assertThat(storedViews()).isEqualTo(expected);
        assertThat(repo.daily(TODAY.minusDays(39), TODAY)).hasSize(40)
                .allSatisfy(d -> assertThat(d.counts().views()).isBetween(3_000L, 3_000L + 30 * 39));

        var again = stream(file, 500, StatsRepository.WriteListener.NONE);
        assertThat(again.replaced()).isEqualTo(1_200);
        assertThat(storedViews()).isEqualTo(expected); // idempotent: the rollups change by the difference only
        assertThat(repo.daily(TODAY, TODAY).get(0).counts().views()).isEqualTo(30 * 100);
    }

    @Test
    void aBadCellPastThePreviewStopsTheStreamedImportAndKeepsNothing() throws Exception {
        Path file = detailCsv("坏明细.csv", 10, 30, "很多");
        try (SheetSource src = StatsFiles.open(file)) {
            assertThat(parser.preview(src, "坏明细.csv").sample()).hasSize(5); // the first rows are fine
        }
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> stream(file, 50, StatsRepository.WriteListener.NONE));
        assertThat(t).isInstanceOf(ImportException.class);
        ImportException e = (ImportException) t;
        assertThat(e.problem()).isEqualTo(ImportProblem.NOT_A_NUMBER);
        assertThat(e.row()).isEqualTo(301);
        assertThat(e.column()).isEqualTo("观看量");
        assertThat(e.detail()).isEqualTo("很多");
        assertThat(repo.notes()).isEmpty();
        assertThat(repo.span()).isEmpty();
    }

    @Test
    void aCancelledStreamedImportKeepsNothing() throws Exception {
        Path file = detailCsv("明细.csv", 30, 1_000, null);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> stream(file, 5_000,
                new StatsRepository.WriteListener() {
                    @Override
                    public void progress(long done, long total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                }))).isInstanceOf(StatsRepository.Cancelled.class);
        assertThat(repo.notes()).isEmpty();
        assertThat(repo.span()).isEmpty();
    }

    private ImportException assertProblem(Path file, ImportProblem problem) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> parse(file));
        assertThat(t).isInstanceOf(ImportException.class);
        ImportException e = (ImportException) t;
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(repo.notes()).isEmpty();
        assertThat(repo.span()).isEmpty();
        return e;
    }
}
