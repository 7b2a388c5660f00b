package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.ExportParser;
import com.hongshu.studio.core.stats.ImportPreview;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteOrder;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.Period;
import com.hongshu.studio.core.stats.SheetSource;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsFeed;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.core.stats.WriteResult;
import com.hongshu.studio.store.Workspace;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dashboard.query_ms (slowest dashboard query, median) over 10,000 notes x 1,000 days, and
 * dashboard.import_rows_per_s (a CSV of 1,000,000 daily rows read, parsed and written into that store).
 */
@Tag("bench")
class DashboardStoreBench {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void queriesAndImportAtTenMillionRows() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue(only.isEmpty() || "dashboard.query_ms".startsWith(only)
                || "dashboard.import_rows_per_s".startsWith(only) || only.startsWith("dashboard"));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int notes = Math.max(10, (int) Math.round(10_000 * scale));
        int days = 1_000;
        try (Workspace ws = Workspace.open(dir.resolve("ws"),
                Clock.fixed(LAST.atTime(10, 0).atZone(ZONE).toInstant(), ZONE))) {
            SqliteStatsRepository repo = new SqliteStatsRepository(ws.database(), ZONE);
            long t0 = System.nanoTime();
            Random rnd = new Random(42);
            int perBatch = 200;
            for (int first = 0; first < notes; first += perBatch) {
                List<NoteInfo> infos = new ArrayList<>();
                List<NoteDay> rows = new ArrayList<>(perBatch * days);
                for (int n = first; n < Math.min(notes, first + perBatch); n++) {
                    NoteRef ref = NoteRef.titled("笔记" + n);
                    int age = days - 1; // every note has a figure on each of the 1,000 days
                    infos.add(new NoteInfo(ref, LAST.minusDays(age).atTime(rnd.nextInt(24), 0).atZone(ZONE)
                            .toInstant(), "图文"));
                    double q = Math.exp(rnd.nextGaussian());
                    for (int d = age; d >= 0; d--) {
                        long v = Math.round(q * (2000 * Math.exp(-(age - d) / 5.0) + 20)) + rnd.nextInt(5);
                        rows.add(NoteDay.of(ref, LAST.minusDays(d), new Counts(v * 9, v, v / 16, v / 25, v / 90,
                                v / 150, v / 300), 18_000));
                    }
                }
                repo.write(new StatsBatch(infos, rows, List.of(), List.of()), StatsRepository.WriteListener.NONE);
            }
            List<AccountDay> account = new ArrayList<>();
            for (int d = days - 1; d >= 0; d--) {
                account.add(new AccountDay(LAST.minusDays(d), 10_000 + (days - d) * 7L, 9, 2, 300));
            }
            repo.write(new StatsBatch(List.of(), List.of(), List.of(), account), StatsRepository.WriteListener.NONE);
            long rowsStored = ws.database().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM stat_note_day")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            System.out.printf("dashboard: generated %d notes, %d daily rows in %.1f s%n", notes, rowsStored,
                    (System.nanoTime() - t0) / 1e9);

            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            for (int p : new int[] {7, 30, 90, 365}) {
                Period period = Period.lastDays(p, LAST);
                queries.put("daily+previous " + p, () -> {
                    repo.daily(period.from(), period.to());
                    return repo.daily(period.previous().from(), period.previous().to());
                });
                queries.put("account " + p, () -> {
                    repo.account(period.from(), period.to());
                    repo.account(period.previous().from(), period.previous().to());
                    repo.accountOnOrBefore(period.to());
                    return repo.accountOnOrBefore(period.previous().to());
                });
            }
            queries.put("span", repo::span);
            queries.put("publish slots (heatmap)", repo::publishSlots);
            queries.put("notes table (top 500 by views)", () -> repo.topNotes(NoteOrder.VIEWS, true, 500));
            queries.put("notes table (top 500 by rate)", () -> repo.topNotes(NoteOrder.ENGAGEMENT_RATE, true, 500));
            queries.put("note count", repo::noteCount);
            queries.put("same-age summary", repo::sameAge);
            queries.put("one note's days (detail)", () -> repo.noteDays(notes / 2));
            double slowest = 0;
            String slowestName = "";
            for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
                double[] ms = new double[15];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    q.getValue().get();
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                double median = ms[ms.length / 2];
                System.out.printf("dashboard.query: %-34s median %.2f ms%n", q.getKey(), median);
                if (median > slowest) {
                    slowest = median;
                    slowestName = q.getKey();
                }
            }
            System.out.printf("dashboard.query: slowest is %s%n", slowestName);
            System.out.printf("BENCH dashboard.query_ms %.2f ms%n", slowest);

            int importRows = (int) Math.round(1_000_000 * Math.min(1, scale * 10));
            Path csv = dir.resolve("数据明细表.csv");
            int importNotes = 1_000;
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("\uFEFF笔记标题,日期,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长\n");
                int perNote = importRows / importNotes;
                for (int n = 0; n < importNotes; n++) {
                    for (int d = 0; d < perNote; d++) {
                        LocalDate day = LAST.minusDays(d);
                        int v = 100 + (n * 31 + d * 7) % 900;
                        w.write("导入笔记" + n + "," + day.getYear() + "年" + two(day.getMonthValue()) + "月"
                                + two(day.getDayOfMonth()) + "日," + v * 9 + "," + v + ",11.1%," + v / 16 + ","
                                + v / 90 + "," + v / 25 + "," + v / 300 + "," + v / 150 + ",18.5\n");
                    }
                }
            }
            // The user's path: a preview of the first rows, then the file streamed into one transaction.
            ExportParser parser = new ExportParser(ZONE, LAST);
            String name = csv.getFileName().toString();
            StatsFeed feed = sink -> {
                try (SheetSource src = StatsFiles.open(csv)) {
                    parser.stream(src, name, 20_000, sink);
                }
            };
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long process0 = os.getProcessCpuTime();
            long s = System.nanoTime();
            ImportPreview preview;
            try (SheetSource src = StatsFiles.open(csv)) {
                preview = parser.preview(src, name);
            }
            long previewed = System.nanoTime();
            WriteResult result = repo.writeAll(feed, StatsRepository.WriteListener.NONE);
            long written = System.nanoTime();
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double processSeconds = (os.getProcessCpuTime() - process0) / 1e9;
            double seconds = (written - s) / 1e9;
            long rows = result.inserted() + result.replaced();
            System.out.printf("dashboard.import: %d rows, preview %.3f s (%d sample rows), read+parse+write %.2f s "
                    + "(%d inserted); CPU of the writing thread %.2f s, of the whole process (reader thread and GC "
                    + "included) %.2f s = %.2f us/row; load %.1f%n", rows,
                    (previewed - s) / 1e9, preview.sample().size(), (written - previewed) / 1e9, result.inserted(),
                    cpuSeconds, processSeconds, processSeconds * 1e6 / rows,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("BENCH dashboard.import_rows_per_s %.0f rows/s%n", rows / seconds);

            long r0 = System.nanoTime();
            WriteResult again = repo.writeAll(feed, StatsRepository.WriteListener.NONE);
            System.out.printf("dashboard.import: the same file again (replacing, idempotent): %.0f rows/s (%d replaced)%n",
                    again.replaced() / ((System.nanoTime() - r0) / 1e9), again.replaced());
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
