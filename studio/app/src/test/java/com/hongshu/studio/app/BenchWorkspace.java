package com.hongshu.studio.app;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fills a workspace with generated notes for benchmarks, through the repository so its search indexes are right. */
final class BenchWorkspace {

    private static final String[] WORDS = {"咖啡", "拿铁", "探店", "周末", "旅行", "攻略", "穿搭", "通勤", "美食", "火锅",
        "护肤", "好物", "分享", "日常", "露营", "city walk", "vlog", "OOTD", "平价", "收纳"};

    private BenchWorkspace() {
    }

    static void fillNotes(Path workspace, int count) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        Random random = new Random(7);
        try (Workspace ws = Workspace.open(workspace, clock)) {
            SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), clock);
            for (int done = 0; done < count; done += 5_000) {
                List<Note> batch = new ArrayList<>();
                for (int i = done; i < Math.min(count, done + 5_000); i++) {
                    String title = word(random) + word(random) + word(random);
                    String body = (word(random) + "，" + word(random) + "。").repeat(10 + random.nextInt(20));
                    batch.add(Note.draft(clock.instant().minusSeconds(random.nextInt(86_400 * 365)))
                            .withText(title, body).withTopics(List.of(word(random))));
                }
                repo.insertAll(batch);
            }
            repo.optimize();
        }
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }
}
