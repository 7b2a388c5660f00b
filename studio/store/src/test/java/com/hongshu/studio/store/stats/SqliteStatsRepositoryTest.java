package com.hongshu.studio.store.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.KpiKind;
import com.hongshu.studio.core.stats.Kpis;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.NoteSnapshot;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.stats.Period;
import com.hongshu.studio.core.stats.PublishSlot;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.core.stats.WriteResult;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStatsRepositoryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate D0 = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    private Workspace ws;
    private SqliteStatsRepository repo;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE));
        repo = new SqliteStatsRepository(ws.database(), ZONE);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Counts counts(long views) {
        return new Counts(views * 10, views, views / 5, views / 10, views / 20, views / 50, views / 100);
    }

    private List<NoteDay> randomDays(int notes, int days, long seed) {
        Random rnd = new Random(seed);
        List<NoteDay> out = new ArrayList<>();
        for (int n = 0; n < notes; n++) {
            for (int d = 0; d < days; d++) {
                out.add(NoteDay.of(NoteRef.titled("笔记" + n), D0.minusDays(d), counts(rnd.nextInt(5000)), 12_000));
            }
        }
        return out;
    }

    @Test
    void kpisFromTheRollupsMatchAnIndependentSqlOverTheRawRows() {
        repo.write(StatsBatch.ofDays(randomDays(20, 60, 1)), StatsRepository.WriteListener.NONE);
        Period p = Period.lastDays(30, D0);
        List<DayTotal> now = repo.daily(p.from(), p.to());
        List<DayTotal> before = repo.daily(p.previous().from(), p.previous().to());
        List<Kpi> kpis = Kpis.compute(now, before, List.of(), List.of(), java.util.Optional.empty(),
                java.util.Optional.empty());
        long[] raw = rawSums(p);
        long[] rawBefore = rawSums(p.previous());
        assertThat(kpi(kpis, KpiKind.VIEWS).value()).isEqualTo(raw[1]);
        assertThat(kpi(kpis, KpiKind.IMPRESSIONS).value()).isEqualTo(raw[0]);
        assertThat(kpi(kpis, KpiKind.VIEWS).previous()).isEqualTo(rawBefore[1]);
        assertThat(kpi(kpis, KpiKind.ENGAGEMENT_RATE).value()).isEqualTo((double) raw[2] / raw[1]);
        assertThat(raw[1]).isPositive();
    }

    static Kpi kpi(List<Kpi> kpis, KpiKind kind) {
        return kpis.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    /** Impressions, views and likes+collects+comments+shares straight from the raw rows. */
    private long[] rawSums(Period p) {
        return ws.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(impressions), SUM(views), "
                    + "SUM(likes + collects + comments + shares) FROM stat_note_day WHERE day BETWEEN ? AND ?")) {
                ps.setLong(1, p.from().toEpochDay());
                ps.setLong(2, p.to().toEpochDay());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                }
            }
        });
    }

    @Test
    void loadingTheSameDaysAgainReplacesThemAndTheRollupsFollow() {
        List<NoteDay> days = randomDays(5, 10, 2);
        WriteResult first = repo.write(StatsBatch.ofDays(days), StatsRepository.WriteListener.NONE);
        long views = repo.notes().stream().mapToLong(n -> n.totals().views()).sum();
        WriteResult again = repo.write(StatsBatch.ofDays(days), StatsRepository.WriteListener.NONE);
        assertThat(first.inserted()).isEqualTo(50);
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isEqualTo(50);
        assertThat(repo.notes().stream().mapToLong(n -> n.totals().views()).sum()).isEqualTo(views);
        assertThat(repo.daily(D0.minusDays(9), D0).stream().mapToLong(d -> d.counts().views()).sum()).isEqualTo(views);

        NoteDay changed = NoteDay.of(NoteRef.titled("笔记0"), D0, counts(100_000), 1000);
        repo.write(StatsBatch.ofDays(List.of(changed)), StatsRepository.WriteListener.NONE);
        long old = days.stream().filter(d -> d.note().title().equals("笔记0") && d.day().equals(D0)).findFirst()
                .orElseThrow().counts().views();
        assertThat(repo.daily(D0, D0).get(0).counts().views())
                .isEqualTo(days.stream().filter(d -> d.day().equals(D0)).mapToLong(d -> d.counts().views()).sum()
                        - old + 100_000);
    }

    @Test
    void aCounterGoingBackwardsIsKeptButFlagged() {
        NoteRef note = NoteRef.titled("回落");
        repo.write(StatsBatch.ofDays(List.of(
                NoteDay.of(note, D0.minusDays(1), counts(500), 0),
                NoteDay.of(note, D0, new Counts(10, 5, -3, 0, 0, 0, 0), 0))), StatsRepository.WriteListener.NONE);
        NoteStats s = repo.notes().get(0);
        assertThat(s.flaggedDays()).isEqualTo(1);
        assertThat(s.totals().likes()).isEqualTo(100 - 3);
    }

    @Test
    void aContentListSnapshotBecomesTheDifferenceFromTheDaysAlreadyStored() {
        NoteRef note = NoteRef.titled("快照");
        repo.write(StatsBatch.ofDays(List.of(NoteDay.of(note, D0.minusDays(1), counts(1000), 0))),
                StatsRepository.WriteListener.NONE);
        Instant published = D0.minusDays(1).atTime(20, 30).atZone(ZONE).toInstant();
        NoteSnapshot snap = new NoteSnapshot(note, D0, counts(1500), 10_000, published, "图文");
        StatsBatch batch = new StatsBatch(List.of(), List.of(), List.of(snap), List.of());
        repo.write(batch, StatsRepository.WriteListener.NONE);
        repo.write(batch, StatsRepository.WriteListener.NONE); // idempotent
        NoteStats s = repo.notes().get(0);
        assertThat(s.totals().views()).isEqualTo(1500);
        assertThat(repo.daily(D0, D0).get(0).counts().views()).isEqualTo(500);
        assertThat(s.firstDay().views()).isEqualTo(1000); // published the day before D0
        assertThat(s.firstWeek().views()).isEqualTo(1500);
        List<PublishSlot> slots = repo.publishSlots();
        assertThat(slots).singleElement().satisfies(slot -> {
            assertThat(slot.weekday()).isEqualTo(D0.minusDays(1).getDayOfWeek().getValue());
            assertThat(slot.hour()).isEqualTo(20);
        });
    }

    @Test
    void aCancelledWriteKeepsNothing() {
        StatsRepository.WriteListener cancel = new StatsRepository.WriteListener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> repo.write(StatsBatch.ofDays(randomDays(100, 200, 3)), cancel))
                .isInstanceOf(StatsRepository.Cancelled.class);
        assertThat(repo.notes()).isEmpty();
        assertThat(repo.span()).isEmpty();
    }

    @Test
    void anImportedTitleOrPlatformIdIsMatchedToTheStudiosOwnNote() {
        var notes = new com.hongshu.studio.store.notes.SqliteNoteRepository(ws.database(), Clock.systemUTC());
        long mine = notes.save(note("我的笔记", "remote-1")).id();
        notes.save(note("同名", null));
        notes.save(note("同名", null));
        repo.write(StatsBatch.ofDays(List.of(
                NoteDay.of(NoteRef.titled("我的笔记"), D0, counts(100), 0),
                NoteDay.of(new NoteRef(null, "remote-1", "平台上改过的标题"), D0.minusDays(1), counts(50), 0),
                NoteDay.of(NoteRef.titled("同名"), D0, counts(10), 0))), StatsRepository.WriteListener.NONE);
        List<NoteStats> stats = repo.notes();
        assertThat(stats).hasSize(2);
        NoteStats matched = stats.stream().filter(s -> s.ref().noteId() != null).findFirst().orElseThrow();
        assertThat(matched.ref().noteId()).isEqualTo(mine);
        assertThat(matched.totals().views()).isEqualTo(150);
        assertThat(stats.stream().filter(s -> s.ref().noteId() == null).findFirst().orElseThrow().ref().title())
                .isEqualTo("同名"); // two notes have that title: not guessed
    }

    private static com.hongshu.studio.core.notes.Note note(String title, String remote) {
        return new com.hongshu.studio.core.notes.Note(0, com.hongshu.studio.core.notes.NoteKind.IMAGE, title, "",
                List.of(), List.of(), null, com.hongshu.studio.core.notes.Visibility.PUBLIC, java.util.Set.of(),
                List.of(), null, 0, List.of(), com.hongshu.studio.core.notes.NoteStatus.PUBLISHED, null, remote,
                Instant.now(), Instant.now());
    }

    @Test
    void accountFiguresGiveFollowersAndNetGain() {
        repo.write(new StatsBatch(List.of(), List.of(), List.of(), List.of(
                new AccountDay(D0.minusDays(1), 1000, 20, 5, 300),
                new AccountDay(D0, 1010, 15, 5, 280))), StatsRepository.WriteListener.NONE);
        assertThat(repo.accountOnOrBefore(D0.plusDays(3)).orElseThrow().followers()).isEqualTo(1010);
        assertThat(repo.account(D0.minusDays(1), D0).stream().mapToLong(AccountDay::netGain).sum()).isEqualTo(25);
    }
}
