package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.StatsBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Statistics and export files for the dashboard's tests, generated deterministically. */
final class StatsFixtures {

    static final List<String> CONTENT_LIST = List.of("笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率",
            "点赞", "评论", "收藏", "涨粉", "分享", "人均观看时长");

    private StatsFixtures() {
    }

    /** {@code notes} notes with a figure every day for {@code days} days up to {@code last}; note i is local id i+1. */
    static StatsBatch year(int notes, int days, LocalDate last, ZoneId zone, long seed) {
        Random rnd = new Random(seed);
        List<NoteInfo> infos = new ArrayList<>();
        List<NoteDay> rows = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            NoteRef ref = n % 2 == 0 ? NoteRef.local(n + 1, "本地笔记" + n) : NoteRef.titled("导入笔记" + n);
            infos.add(new NoteInfo(ref, last.minusDays(days - 1).atTime(8 + n % 14, 0).atZone(zone).toInstant(),
                    "图文"));
            for (int d = 0; d < days; d++) {
                long v = rnd.nextInt(1000);
                rows.add(NoteDay.of(ref, last.minusDays(d), new Counts(v * 8, v, v / 10, v / 20, v / 50, v / 100,
                        v / 200), 20_000));
            }
        }
        List<AccountDay> account = new ArrayList<>();
        for (int d = days - 1; d >= 0; d--) {
            account.add(new AccountDay(last.minusDays(d), 5000 + (days - d) * 3L, 5, 2, 100));
        }
        return new StatsBatch(infos, rows, List.of(), account);
    }

    static Path contentList(Path file, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "HongshuStudioTest", "1.0");
            Worksheet ws = wb.newWorksheet("笔记列表");
            for (int c = 0; c < CONTENT_LIST.size(); c++) {
                ws.value(0, c, CONTENT_LIST.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number num) {
                        ws.value(r + 1, c, num);
                    } else {
                        ws.value(r + 1, c, String.valueOf(v));
                    }
                }
            }
            wb.finish();
        }
        return file;
    }
}
