package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's scheduled notes are handed to publishing once, at their times, so the demo's queue is alive. */
class DemoSchedulesTest {

    @TempDir
    Path dir;

    @Test
    void eachScheduledDemoNoteIsQueuedOnceAtItsTime() {
        try (Workspace ws = Workspace.open(dir.resolve("demo"), Clock.systemUTC())) {
            NotesDemoData.seed(ws, new Random(7), Clock.systemUTC(), Progress.NONE);
            List<String> queued = new ArrayList<>();
            NotePublishing recording = new NotePublishing() {
                @Override
                public void schedule(long noteId, Instant at) {
                    queued.add(noteId + "@" + at);
                }

                @Override
                public void unschedule(long noteId) {
                    throw new AssertionError("nothing is taken back");
                }
            };

            NotesDemoData.queueScheduled(ws, recording);
            NotesDemoData.queueScheduled(ws, recording); // the demo opened again

            List<String> expected = new SqliteNoteRepository(ws.database(), Clock.systemUTC())
                    .listByStatus(NoteStatus.SCHEDULED, 1000).stream().map(n -> n.id() + "@" + n.scheduledAt()).toList();
            assertThat(expected).isNotEmpty();
            assertThat(queued).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
