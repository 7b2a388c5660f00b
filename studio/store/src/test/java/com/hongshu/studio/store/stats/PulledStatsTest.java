package com.hongshu.studio.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PulledStatsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant POSTED = Instant.parse("2026-11-28T02:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private SqliteStatsRepository repo;
    private PulledStats pulled;
    private final AtomicInteger writes = new AtomicInteger();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), SHANGHAI));
        repo = new SqliteStatsRepository(ws.database(), SHANGHAI);
        // Account 2 lives in Berlin; every other account is unknown (and so taken as Asia/Shanghai).
        pulled = new PulledStats(ws.database(), SHANGHAI, id -> id == 2 ? Optional.of(BERLIN) : Optional.empty());
        pulled.onWritten(writes::incrementAndGet);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static PullSinks.NoteStats report(long account, String remoteId, long views, Instant at) {
        return new PullSinks.NoteStats(account, remoteId, "标题 " + remoteId, POSTED, views * 10, views, views / 2,
                views / 4, views / 5, views / 10, views / 20, at);
    }

    private List<NoteDay> days(String remoteId) {
        NoteStats n = repo.notes().stream().filter(s -> remoteId.equals(s.ref().platformId())).findFirst()
                .orElseThrow();
        return repo.noteDays(n.id());
    }

    private long localNote(String remoteId) {
        return ws.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (title, remote_id, status, created_at, "
                    + "updated_at) VALUES ('local', ?, 'PUBLISHED', 0, 0)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, remoteId);
                ps.executeUpdate();
                try (var rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void cumulativeCountersBecomeDailyRowsAndTheNoteIsMatchedByItsRemoteId() {
        long local = localNote("r1");
        pulled.statsSink().accept(List.of(report(1, "r1", 100, Instant.parse("2026-11-28T10:00:00Z"))));
        pulled.statsSink().accept(List.of(report(1, "r1", 250, Instant.parse("2026-11-29T10:00:00Z"))));

        NoteStats note = repo.notes().get(0);
        assertThat(note.ref().noteId()).isEqualTo(local);
        assertThat(note.totals().views()).isEqualTo(250);
        assertThat(note.totals().impressions()).isEqualTo(2500);
        assertThat(note.publishedAt()).isEqualTo(POSTED);
        assertThat(days("r1")).extracting(d -> d.counts().views()).containsExactly(100L, 150L);
        assertThat(repo.daily(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29)))
                .extracting(DayTotal::counts).extracting(Counts::views).containsExactly(100L, 150L);
    }

    @Test
    void aPageDeliveredAgainOrAnOverlappingPullChangesNothing() {
        List<PullSinks.NoteStats> page = List.of(report(1, "a", 100, Instant.parse("2026-11-28T10:00:00Z")),
                report(1, "b", 40, Instant.parse("2026-11-28T11:00:00Z")));
        pulled.statsSink().accept(page);
        pulled.statsSink().accept(List.of(report(1, "a", 180, Instant.parse("2026-11-29T09:00:00Z"))));
        int afterFirst = writes.get();

        pulled.statsSink().accept(page);
        pulled.statsSink().accept(List.of(report(1, "a", 180, Instant.parse("2026-11-29T09:00:00Z"))));

        assertThat(writes.get()).isEqualTo(afterFirst);
        assertThat(days("a")).extracting(d -> d.counts().views()).containsExactly(100L, 80L);
        assertThat(repo.daily(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29)))
                .extracting(DayTotal::counts).extracting(Counts::views).containsExactly(140L, 80L);
    }

    @Test
    void aCounterArrivingSmallerThanStoredIsKeptAtTheLargerValue() {
        pulled.statsSink().accept(List.of(report(1, "a", 300, Instant.parse("2026-11-29T10:00:00Z"))));
        pulled.statsSink().accept(List.of(report(1, "a", 200, Instant.parse("2026-11-29T11:00:00Z"))));

        assertThat(repo.notes().get(0).totals().views()).isEqualTo(300);
        assertThat(repo.notes().get(0).flaggedDays()).isZero();

        // A late report of an earlier day moves growth to that day; the totals stay as the newest report said.
        pulled.statsSink().accept(List.of(report(1, "a", 120, Instant.parse("2026-11-28T10:00:00Z"))));
        assertThat(days("a")).extracting(d -> d.counts().views()).containsExactly(120L, 180L);
        assertThat(repo.notes().get(0).totals().views()).isEqualTo(300);

        // One counter smaller, another larger, in the same report: each counter keeps its larger value.
        PullSinks.NoteStats mixed = new PullSinks.NoteStats(1, "a", "t", POSTED, 10, 999, 0, 0, 0, 0, 0,
                Instant.parse("2026-11-29T12:00:00Z"));
        pulled.statsSink().accept(List.of(mixed));
        NoteStats now = repo.notes().get(0);
        assertThat(now.totals().views()).isEqualTo(999);
        assertThat(now.totals().impressions()).isEqualTo(3000);
    }

    @Test
    void theDayIsTheAccountsCalendarDayInAsiaShanghaiByDefault() {
        // 15:59:59Z is 23:59:59 in Shanghai; 16:00Z is already the next day there.
        pulled.statsSink().accept(List.of(report(1, "a", 10, Instant.parse("2026-11-28T15:59:59Z"))));
        pulled.statsSink().accept(List.of(report(1, "a", 25, Instant.parse("2026-11-28T16:00:00Z"))));
        assertThat(days("a")).extracting(NoteDay::day)
                .containsExactly(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29));

        // The same moments are both 28 November in Berlin.
        pulled.statsSink().accept(List.of(report(2, "b", 10, Instant.parse("2026-11-28T15:59:59Z"))));
        pulled.statsSink().accept(List.of(report(2, "b", 25, Instant.parse("2026-11-28T16:00:00Z"))));
        assertThat(days("b")).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(d.counts().views()).isEqualTo(25);
        });
    }

    @Test
    void accountDailyFiguresAreIdempotentAndCountersOfADayOnlyGrow() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1000, 30, 5, 200)));
        int first = writes.get();
        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1000, 30, 5, 200)));
        assertThat(writes.get()).isEqualTo(first);

        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1010, 20, 6, 260)));
        assertThat(repo.account(day, day)).containsExactly(new AccountDay(day, 1010, 30, 6, 260));
        assertThat(repo.accountOnOrBefore(day.plusDays(3)).orElseThrow().followers()).isEqualTo(1010);
    }

    @Test
    void twoAccountsFiguresAreKeptApartAndCountedTogether() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1000, 30, 5, 200),
                new PullSinks.DailyFigures(3, day, 400, 10, 2, 50)));
        // Account 1 pulled again later: account 3's figures are not replaced by it.
        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1010, 35, 5, 210)));

        assertThat(repo.account(day, day)).containsExactly(new AccountDay(day, 1410, 45, 7, 260));
        assertThat(repo.accountOnOrBefore(day.plusDays(1)).orElseThrow().followers()).isEqualTo(1410);
    }

    @Test
    void aDayAnAccountPullReportedCountsThePulledFiguresNotAnImportedFilesOfTheSameDay() {
        LocalDate before = LocalDate.of(2026, 11, 28);
        LocalDate day = before.plusDays(1);
        repo.write(new com.hongshu.studio.core.stats.StatsBatch(List.of(), List.of(), List.of(), List.of(
                new AccountDay(before, 990, 12, 1, 100), new AccountDay(day, 995, 9, 4, 90))),
                com.hongshu.studio.core.stats.StatsRepository.WriteListener.NONE);

        pulled.dailySink().accept(List.of(new PullSinks.DailyFigures(1, day, 1000, 30, 5, 200)));

        assertThat(repo.account(before, day)).containsExactly(new AccountDay(before, 990, 12, 1, 100),
                new AccountDay(day, 1000, 30, 5, 200));
    }
}
