package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.CompositionRoot;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.dashboard.DashboardViewModel;
import com.hongshu.studio.app.dashboard.NoteRow;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.sync.Pulls;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import com.hongshu.studio.store.products.SqliteLinkedStock;
import com.hongshu.studio.store.products.SqliteProductRepository;
import com.hongshu.studio.store.stats.PulledStats;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import com.hongshu.studio.store.sync.SqliteSyncCursorRepository;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note published to the sandbox, virtual time passing there (its counters grow), pulls into the dashboard's store:
 * the dashboard's view model shows the platform's numbers for the studio's note, its linked product's stock beside
 * them, and opens it.
 */
class PulledStatsSandboxTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private static long localScheduledNote(SandboxSync s, String title) {
        return s.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (title, status, created_at, updated_at)"
                    + " VALUES (?, 'SCHEDULED', 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, title);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String remoteId(SandboxSync s, long noteId) {
        return s.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT remote_id FROM note WHERE id = ?")) {
                ps.setLong(1, noteId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** A one-SKU product with {@code units} in stock, linked to the note. */
    private static void linkProductWithStock(SandboxSync s, long noteId, long units) {
        SqliteProductRepository products = new SqliteProductRepository(s.db, s.clock);
        Product p = products.save(new Product(0, "围巾", "围巾", "", "配饰", List.of(), ProductStatus.ON_SHELF,
                List.of(), List.of(new Sku(0, List.of(), "SCARF-1", "", 9900, 12900, 0, 0)), null, null));
        products.move(p.skus().get(0).id(), MovementKind.RESTOCK, units, "到货");
        s.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO note_product (note_id, position, product_id) VALUES (?, 0, ?)")) {
                ps.setLong(1, noteId);
                ps.setLong(2, p.id());
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void aPublishedNotesGrowingCountersReachTheDashboardForThatNote() {
        try (SandboxSync s = new SandboxSync(dir, true, 7)) {
            SyncAccount account = s.account("seller-1");
            long noteId = localScheduledNote(s, "笔记 统计");
            Operation create = s.note(account.id(), noteId, 1);
            assertThat(s.settle(create.id())).isTrue();
            new NoteSyncStatus(s.db, s.clock).reconcile();
            String remote = remoteId(s, noteId);
            assertThat(remote).isNotBlank();

            PulledStats pulled = new PulledStats(s.db, SHANGHAI,
                    id -> s.accounts.find(id).map(SyncAccount::zone));
            List<Long> opened = new ArrayList<>();
            SqliteStatsRepository repo = new SqliteStatsRepository(s.db, SHANGHAI);
            linkProductWithStock(s, noteId, 17);
            DashboardViewModel vm = new DashboardViewModel(repo, new SqliteLinkedStock(s.db),
                    new InThreadTaskRunner(), new RecordingNotifier(), new I18n(Locale.ENGLISH, CompositionRoot.BUNDLES),
                    s.clock.withZone(SHANGHAI), opened::add);
            int[] refreshes = {0};
            pulled.onWritten(() -> {
                refreshes[0]++;
                vm.refresh();
            });
            Map<String, PullSinks.NoteStats> reported = new HashMap<>();
            PullSinks.NoteStatsSink recording = rows -> {
                rows.forEach(r -> reported.put(r.remoteNoteId(), r));
                pulled.statsSink().accept(rows);
            };
            Pulls pulls = new Pulls(s::client, new SqliteSyncCursorRepository(s.db), s.clock);

            s.clock.advance(Duration.ofHours(3));
            pulls.noteStats(account.id(), recording);
            List<PullSinks.DailyFigures> days = new ArrayList<>();
            pulls.dailyFigures(account.id(), SHANGHAI, rows -> {
                days.addAll(rows);
                pulled.dailySink().accept(rows);
            });

            PullSinks.NoteStats first = reported.get(remote);
            assertThat(first.reads()).isPositive();
            assertThat(refreshes[0]).isPositive();
            NoteRow row = vm.notes().stream().filter(r -> Long.valueOf(noteId).equals(r.localNoteId()))
                    .findFirst().orElseThrow();
            assertThat(row.stats().totals().views()).isEqualTo(first.reads());
            assertThat(row.stats().totals().impressions()).isEqualTo(first.impressions());
            assertThat(row.stats().totals().likes()).isEqualTo(first.likes());
            assertThat(row.stock()).isEqualTo(17L);
            PullSinks.DailyFigures lastDay = days.get(days.size() - 1);
            assertThat(repo.accountOnOrBefore(lastDay.date()).orElseThrow().followers())
                    .isEqualTo(lastDay.followers());

            // A day later the counters have grown: the dashboard follows, and the same pull again changes nothing.
            s.clock.advance(Duration.ofDays(1));
            pulls.noteStats(account.id(), recording);
            PullSinks.NoteStats second = reported.get(remote);
            assertThat(second.reads()).isGreaterThan(first.reads());
            NoteRow later = vm.notes().stream().filter(r -> Long.valueOf(noteId).equals(r.localNoteId()))
                    .findFirst().orElseThrow();
            assertThat(later.stats().totals().views()).isEqualTo(second.reads());
            assertThat(repo.noteDays(later.stats().id())).hasSize(2);

            int before = refreshes[0];
            pulled.statsSink().accept(List.of(first, second));
            assertThat(refreshes[0]).isEqualTo(before);
            assertThat(repo.notes()).hasSize(1);

            vm.open(later);
            assertThat(opened).containsExactly(noteId);
        }
    }
}
