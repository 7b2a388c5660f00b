package com.hongshu.studio.app.calendar;

import com.hongshu.studio.core.calendar.CalendarSettings;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Gives the demo's published notes the times they went out (lunch and evening over the past weeks) and puts two
 * scheduled notes ten minutes apart tomorrow, so that the calendar shows history and its crowding warning.
 */
public final class CalendarDemoData {

    private CalendarDemoData() {
    }

    public static void seed(Workspace ws, Random random, Clock clock) {
        SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), clock);
        ZoneId zone = CalendarSettings.DEFAULT_ZONE;
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Note> published = repo.listByStatus(NoteStatus.PUBLISHED, 100);
        for (int i = 0; i < published.size(); i++) {
            LocalDate day = today.minusDays(1 + (i * 2L) + random.nextInt(2));
            LocalTime time = i % 2 == 0 ? LocalTime.of(12, 0) : LocalTime.of(19, 30);
            repo.save(published.get(i).withStatus(NoteStatus.PUBLISHED, day.atTime(time).atZone(zone).toInstant()));
        }
        List<Note> scheduled = repo.listByStatus(NoteStatus.SCHEDULED, 2);
        LocalDate tomorrow = today.plusDays(1);
        for (int i = 0; i < scheduled.size(); i++) {
            repo.save(scheduled.get(i).withStatus(NoteStatus.SCHEDULED,
                    tomorrow.atTime(LocalTime.of(12, 10 * i)).atZone(zone).toInstant()));
        }
    }
}
