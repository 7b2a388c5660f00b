package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteQuery;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** notes.search_ms: median full-text query (a page of the list plus its count) over 100,000 notes. */
@Tag("bench")
class NotesSearchBench {

    private static final String[] WORDS = {"咖啡", "拿铁", "探店", "周末", "旅行", "攻略", "穿搭", "通勤", "美食", "火锅",
        "护肤", "敏感肌", "家居", "改造", "读书", "笔记", "健身", "跟练", "早餐", "减脂", "宝藏", "小店", "分享", "日常",
        "上海", "成都", "大理", "杭州", "秋天", "春季", "好物", "推荐", "平价", "复古", "露营", "徒步", "猫咪", "手作",
        "latte", "coffee", "vlog", "outfit", "travel", "skincare", "OOTD", "diy", "weekend", "cafe", "hiking", "ok"};
    private static final String[] CHARS = "的了是在我有这个们来到时大地为子中你说生国年着就那和要她出也得里后自以会".split("");

    /** A vocabulary with a long tail, drawn Zipf-like: a few words are everywhere, most are rare (as in real text). */
    private static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        List<String> words = new ArrayList<>(Arrays.asList(WORDS));
        Random r = new Random(7);
        while (words.size() < 5_000) {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
                w.appendCodePoint(0x4E00 + r.nextInt(3_000));
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    private static String word(Random r) {
        double u = r.nextDouble();
        return VOCABULARY[(int) (VOCABULARY.length * u * u * u)];
    }

    @TempDir
    Path dir;

    @Test
    void searchOver100kNotes() {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue(only.isEmpty() || "notes.search_ms".startsWith(only) || only.startsWith("notes.search"));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int count = (int) Math.round(100_000 * scale);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        try (Workspace ws = Workspace.open(dir.resolve("ws"), clock)) {
            SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), clock);
            Random random = new Random(42);
            long t0 = System.nanoTime();
            for (int done = 0; done < count; done += 5_000) {
                List<Note> batch = new ArrayList<>();
                for (int i = done; i < Math.min(count, done + 5_000); i++) {
                    batch.add(note(random, clock.instant().minusSeconds(random.nextInt(86_400 * 365))));
                }
                repo.insertAll(batch);
            }
            repo.optimize();
            System.out.printf("notes.search: generated %d notes in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);

            for (String sql : List.of(
                    "SELECT n.id FROM note n WHERE n.deleted_at IS NULL AND n.id IN (SELECT rowid FROM note_grams WHERE note_grams MATCH '\"咖啡\"') ORDER BY n.updated_at DESC, n.id DESC LIMIT 200",
                    "SELECT count(*) FROM note n WHERE n.deleted_at IS NULL AND n.id IN (SELECT rowid FROM note_grams WHERE note_grams MATCH '\"咖啡\"')")) {
                ws.database().read(c -> {
                    try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                        while (rs.next()) {
                            System.out.println("notes.search: plan " + rs.getString(4));
                        }
                    }
                    return null;
                });
            }
            List<String> queries = List.of("咖啡", "拿铁探店", "敏感肌", "火", "大理 攻略", "latte", "ok", "skincare",
                    "周末 coffee", "不存在的词");
            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries) {
                    run(repo, q);
                }
            }
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    int hits = run(repo, q);
                    times.add((System.nanoTime() - s) / 1e6);
                    if (round == 4) {
                        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                        long a = mx.getCurrentThreadCpuTime();
                        repo.search(NoteQuery.text(q, 200));
                        long b = mx.getCurrentThreadCpuTime();
                        repo.count(NoteQuery.text(q, 200));
                        long d = mx.getCurrentThreadCpuTime();
                        System.out.printf("notes.search: %-10s cpu: page %.2f ms, count %.2f ms%n", q, (b - a) / 1e6,
                                (d - b) / 1e6);
                    }
                    if (round == 0) {
                        System.out.printf("notes.search: %-10s %6d hits %7.2f ms%n", q, hits, times.get(times.size() - 1));
                    }
                }
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("BENCH notes.search_ms %.1f ms%n", sorted[sorted.length / 2]);
            System.out.printf("notes.search: p90 %.1f ms, max %.1f ms, %d cores%n", sorted[(int) (sorted.length * 0.9)],
                    sorted[sorted.length - 1], Runtime.getRuntime().availableProcessors());
        }
    }

    /** One list refresh: the first page and the total, as the notes list does. */
    private static int run(SqliteNoteRepository repo, String q) {
        NoteQuery query = NoteQuery.text(q, 200);
        repo.search(query);
        return (int) repo.count(query);
    }

    private static Note note(Random r, Instant at) {
        StringBuilder title = new StringBuilder();
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
            title.append(word(r));
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0, n = 20 + r.nextInt(60); i < n; i++) {
            body.append(r.nextInt(3) == 0 ? word(r) + " " : CHARS[r.nextInt(CHARS.length)]);
        }
        List<String> topics = Arrays.asList(word(r), word(r));
        return Note.draft(at).withText(title.toString(), body.toString()).withTopics(topics.stream().distinct().toList());
    }
}
