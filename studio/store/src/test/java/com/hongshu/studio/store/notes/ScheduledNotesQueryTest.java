package com.hongshu.studio.store.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's query: notes with a time in a range, whatever their status after scheduling. */
class ScheduledNotesQueryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private Workspace ws;
    private SqliteNoteRepository repo;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteNoteRepository(ws.database(), clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long saved(String title, NoteStatus status, String at) {
        return repo.save(Note.draft(clock.instant()).withText(title, "")
                .withStatus(status, at == null ? null : Instant.parse(at))).id();
    }

    @Test
    void scheduledPublishedAndFailedNotesInTheRangeEarliestFirst() {
        long published = saved("published", NoteStatus.PUBLISHED, "2026-12-01T04:00:00Z");
        long later = saved("later", NoteStatus.SCHEDULED, "2026-12-05T11:30:00Z");
        long first = saved("first", NoteStatus.SCHEDULED, "2026-12-01T00:00:00Z");
        long failed = saved("failed", NoteStatus.FAILED, "2026-12-03T04:00:00Z");
        saved("draft", NoteStatus.DRAFT, null);
        saved("draft with an old time", NoteStatus.DRAFT, "2026-12-02T04:00:00Z");
        saved("before", NoteStatus.SCHEDULED, "2026-11-30T23:59:59.999Z");
        saved("at the end", NoteStatus.SCHEDULED, "2026-12-08T00:00:00Z");
        long binned = saved("binned", NoteStatus.SCHEDULED, "2026-12-04T04:00:00Z");
        repo.delete(List.of(binned));

        List<NoteSummary> week = repo.listScheduledBetween(Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00Z"), 100);

        assertThat(week).extracting(NoteSummary::id).containsExactly(first, published, failed, later);
        assertThat(week.get(3).scheduledAt()).isEqualTo(Instant.parse("2026-12-05T11:30:00Z"));
        assertThat(week.get(3).title()).isEqualTo("later");
        assertThat(week.get(1).status()).isEqualTo(NoteStatus.PUBLISHED);
        assertThat(repo.listScheduledBetween(Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00Z"), 2)).hasSize(2);
    }

    @Test
    void aRescheduledNoteMovesOutOfTheOldRange() {
        long id = saved("moving", NoteStatus.SCHEDULED, "2026-12-01T04:00:00Z");
        Note n = repo.findById(id).orElseThrow();
        repo.save(n.withStatus(NoteStatus.SCHEDULED, Instant.parse("2026-12-09T04:00:00Z")));
        assertThat(repo.listScheduledBetween(Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00Z"), 100)).isEmpty();
        assertThat(repo.listScheduledBetween(Instant.parse("2026-12-08T00:00:00Z"),
                Instant.parse("2026-12-15T00:00:00Z"), 100)).extracting(NoteSummary::id).containsExactly(id);
    }
}
