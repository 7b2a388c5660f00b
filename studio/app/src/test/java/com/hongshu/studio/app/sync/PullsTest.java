package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.sync.Pulls;
import com.hongshu.studio.store.sync.SqliteSyncCursorRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulls from the sandbox into in-memory sinks: note statistics, daily figures, orders. */
class PullsTest {

    @TempDir
    Path dir;

    /** Keeps the larger counter, as the dashboard store must. */
    static final class StatsSink implements PullSinks.NoteStatsSink {
        final Map<String, PullSinks.NoteStats> rows = new HashMap<>();
        final List<String> delivered = new ArrayList<>();
        int failOnCall;
        int calls;

        @Override
        public void accept(List<PullSinks.NoteStats> page) {
            if (++calls == failOnCall) {
                throw new IllegalStateException("the app dies while storing this page");
            }
            for (PullSinks.NoteStats s : page) {
                delivered.add(s.remoteNoteId());
                rows.merge(s.remoteNoteId(), s, (a, b) -> b.impressions() >= a.impressions() ? b : a);
            }
        }
    }

    @Test
    void noteStatsResumeFromTheStoredCursorAfterACrashAndLaterPullsBringNewCounters() {
        try (SandboxSync s = new SandboxSync(dir, true, 1)) {
            SyncAccount account = s.account("seller-1");
            s.control.seed(Map.of("notes", 30));
            s.clock.advance(Duration.ofHours(1));
            SqliteSyncCursorRepository cursors = new SqliteSyncCursorRepository(s.db);
            Pulls pulls = new Pulls(s::client, cursors, s.clock).withStatsPage(12);

            StatsSink sink = new StatsSink();
            sink.failOnCall = 2;
            assertThatThrownBy(() -> pulls.noteStats(account.id(), sink)).isInstanceOf(IllegalStateException.class);
            List<String> firstPage = List.copyOf(sink.delivered);
            assertThat(firstPage).hasSize(12);

            int resumed = pulls.noteStats(account.id(), sink);
            assertThat(resumed).isEqualTo(18);
            assertThat(sink.delivered.subList(12, 30)).doesNotContainAnyElementsOf(firstPage);
            assertThat(sink.rows).hasSize(30);
            Map<String, Long> before = new HashMap<>();
            sink.rows.forEach((id, r) -> before.put(id, r.impressions()));

            s.clock.advance(Duration.ofMinutes(10));
            int later = pulls.noteStats(account.id(), sink);
            assertThat(later).isEqualTo(30);
            sink.rows.forEach((id, r) -> assertThat(r.impressions()).isGreaterThanOrEqualTo(before.get(id)));
            assertThat(sink.rows.values()).anySatisfy(r -> assertThat(r.impressions()).isGreaterThan(before.get(
                    r.remoteNoteId())));
        }
    }

    @Test
    void dailyFiguresCoverTheLastWeekInTheAccountsZone() {
        try (SandboxSync s = new SandboxSync(dir, true, 2)) {
            SyncAccount account = s.account("seller-1");
            s.clock.advance(Duration.ofDays(10));
            List<PullSinks.DailyFigures> got = new ArrayList<>();
            int n = new Pulls(s::client, new SqliteSyncCursorRepository(s.db), s.clock)
                    .dailyFigures(account.id(), ZoneId.of("Asia/Shanghai"), got::addAll);
            LocalDate today = LocalDate.ofInstant(s.clock.instant(), ZoneId.of("Asia/Shanghai"));
            assertThat(n).isPositive();
            assertThat(got).allSatisfy(d -> assertThat(d.date()).isBetween(today.minusDays(7), today));
        }
    }

    @Test
    void ordersAreReadInThePlatformsWindowsWithoutDuplicatesOrGapsWhileRowsDrift() {
        try (SandboxSync s = new SandboxSync(dir, false, 3)) {
            SyncAccount account = s.account("seller-1");
            s.control.seed(Map.of("products", 1));
            String skuId = s.control.state("sku").get(0).path("skuId").asText();
            long now = s.clock.millis();
            for (int h = 1; h <= 5; h++) {
                s.control.orders(Map.of("skuId", skuId, "count", 18, "qty", 1, "createdAt", now - h * 3_600_000L));
            }
            s.fault(Map.of("action", "paging_drift", "method", "order.getOrderList", "times", 0));
            Set<String> expected = new HashSet<>();
            for (JsonNode o : s.control.state("order")) {
                expected.add(o.path("orderId").asText());
            }
            List<String> delivered = new ArrayList<>();
            Pulls pulls = new Pulls(s::client, new SqliteSyncCursorRepository(s.db), s.clock);
            pulls.orders(account.id(), rows -> rows.forEach(o -> delivered.add(o.orderId())));
            assertThat(delivered).doesNotHaveDuplicates();
            assertThat(delivered).containsAll(expected);
            assertThat(s.control.calls("order.getOrderList")).isGreaterThan(10); // 30-minute windows over 24 h
        }
    }
}
