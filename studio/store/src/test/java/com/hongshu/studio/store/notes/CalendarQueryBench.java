package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.calendar.SlotPlanner;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

/**
 * calendar.month_ms: median read of the month grid's notes (six weeks around now) in a workspace of 100,000 notes
 * (60% drafts, 38% published over three years, 2% scheduled over the next two months); calendar.next_slot_ms: median
 * "next free slot" over the same workspace.
 */
@Tag("bench")
class CalendarQueryBench {

    @TempDir
    Path dir;

    @Test
    void calendarOver100kNotes() {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue(only.isEmpty() || only.startsWith("calendar") || "calendar".startsWith(only));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int count = (int) Math.round(100_000 * scale);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        Instant now = clock.instant();
        try (Workspace ws = Workspace.open(dir.resolve("ws"), clock)) {
            SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), clock);
            Random random = new Random(42);
            for (int done = 0; done < count; done += 5_000) {
                List<Note> batch = new ArrayList<>();
                for (int i = done; i < Math.min(count, done + 5_000); i++) {
                    int kind = random.nextInt(100);
                    Note n = Note.draft(now).withText("note " + i, "body " + i);
                    if (kind < 38) {
                        n = n.withStatus(NoteStatus.PUBLISHED, now.minusSeconds(random.nextInt(86_400 * 365 * 3)));
                    } else if (kind < 40) {
                        n = n.withStatus(NoteStatus.SCHEDULED, now.plusSeconds(random.nextInt(86_400 * 60)));
                    }
                    batch.add(n);
                }
                repo.insertAll(batch);
            }
            repo.optimize();
            Instant from = now.minus(Duration.ofDays(21));
            Instant to = now.plus(Duration.ofDays(21));
            int rows = repo.listScheduledBetween(from, to, 5_000).size();
            double month = median(() -> repo.listScheduledBetween(from, to, 5_000));
            SlotPlanner planner = new SlotPlanner(repo,
                    new CalendarSettingsStore(new SqliteSettingsRepository(ws.database())), clock);
            double slot = median(() -> planner.nextFree(0, com.hongshu.studio.core.calendar.CalendarSettings.DEFAULT_ZONE, 0));
            System.out.printf("calendar: %d notes, %d in the six weeks%n", count, rows);
            System.out.printf("BENCH calendar.month_ms %.2f ms%n", month);
            System.out.printf("BENCH calendar.next_slot_ms %.2f ms%n", slot);
        }
    }

    private static double median(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] ms = new double[21];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
