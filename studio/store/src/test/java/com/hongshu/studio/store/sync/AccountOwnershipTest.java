package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.sync.AccountOwnership;
import com.hongshu.studio.core.sync.AccountOwnership.Item;
import com.hongshu.studio.core.sync.AccountOwnership.Owner;
import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.notes.OutboxNotePublishing;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which account a note or product belongs to, against a real workspace file. */
class AccountOwnershipTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private static final PayloadCodec CODEC = new PayloadCodec() {
        @Override
        public String encode(Object payload) {
            return payload.toString();
        }

        @Override
        public <T> T decode(String text, Class<T> type) {
            throw new UnsupportedOperationException();
        }
    };

    @TempDir
    Path dir;
    private Database db;
    private SqliteNoteRepository notes;
    private SqliteOutboxRepository outbox;
    private OutboxNotePublishing publishing;
    private AccountOwnership owners;
    private long shanghai;
    private long berlin;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db = Database.open(dir.resolve("studio.db"), clock);
        notes = new SqliteNoteRepository(db, clock);
        outbox = new SqliteOutboxRepository(db, clock);
        SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(db);
        shanghai = accounts.upsert("app", "cn", "上海店", ZoneId.of("Asia/Shanghai"), NOW).id();
        berlin = accounts.upsert("app", "de", "Berlin shop", ZoneId.of("Europe/Berlin"), NOW).id();
        publishing = new OutboxNotePublishing(db, outbox, CODEC, clock);
        owners = new SqliteAccountOwnership(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Operation> ops(String type, long id) {
        return outbox.list(OutboxQuery.ofAggregate(type, id));
    }

    @Test
    void aNoteMovesWithItsUnsentCreate_andPublishesUnderItsOwnAccount_untilItReachesThePlatform() {
        long id = notes.save(Note.draft(NOW).withText("周末穿搭", "")).id();
        assertThat(owners.of(Item.NOTE, id)).isEqualTo(new Owner(shanghai, false));

        publishing.schedule(id, NOW.plus(Duration.ofDays(2)));
        owners.assign(Item.NOTE, id, berlin);
        assertThat(owners.of(Item.NOTE, id)).isEqualTo(new Owner(berlin, false));
        assertThat(ops("note", id)).singleElement().satisfies(op -> {
            assertThat(op.status()).isEqualTo(OperationStatus.PENDING);
            assertThat(op.accountId()).as("the queued create goes out under the new account").isEqualTo(berlin);
        });
        publishing.schedule(id, NOW.plus(Duration.ofDays(3)));
        assertThat(ops("note", id)).filteredOn(op -> op.status() == OperationStatus.PENDING)
                .singleElement().extracting(Operation::accountId).isEqualTo(berlin);

        Operation sent = outbox.claimNext(NOW, NOW.plusSeconds(60), ClaimFilter.none()).orElseThrow();
        assertThat(sent.accountId()).isEqualTo(berlin);
        assertThat(owners.of(Item.NOTE, id)).isEqualTo(new Owner(berlin, true));
        assertThatThrownBy(() -> owners.assign(Item.NOTE, id, shanghai)).isInstanceOf(IllegalStateException.class);
        assertThat(owners.of(Item.NOTE, id).accountId()).isEqualTo(berlin);
        assertThat(ops("note", id)).extracting(Operation::accountId).containsOnly(berlin);
    }

    @Test
    void aNoteWithARemoteIdIsLocked_andANewNoteStartsWithTheAccountUsedLast() {
        long older = notes.save(Note.draft(NOW).withText("旧", "")).id();
        long last = notes.save(Note.draft(NOW.plusSeconds(5)).withText("新", "")).id();
        owners.assign(Item.NOTE, last, berlin);
        notes.save(notes.findById(last).orElseThrow().withText("新的", "")); // changed last
        long fresh = notes.save(Note.draft(NOW.plusSeconds(9))).id();
        assertThat(owners.lastUsedForNotes(fresh)).isEqualTo(berlin);

        notes.updateStatus(older, com.hongshu.studio.core.notes.NoteStatus.PUBLISHED, "remote-older");
        assertThat(owners.of(Item.NOTE, older).locked()).isTrue();
        assertThatThrownBy(() -> owners.assign(Item.NOTE, older, berlin)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> owners.assign(Item.NOTE, fresh, 99)).isInstanceOf(IllegalArgumentException.class);
        assertThat(owners.of(Item.NOTE, fresh).accountId()).isEqualTo(shanghai);
    }

    @Test
    void aProductMovesUntilItsCreateWasSent() throws Exception {
        long id = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (name, created_at, updated_at)"
                    + " VALUES ('真丝围巾', 0, 0) RETURNING id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(owners.of(Item.PRODUCT, id)).isEqualTo(new Owner(shanghai, false));
        owners.assign(Item.PRODUCT, id, berlin);
        assertThat(owners.of(Item.PRODUCT, id)).isEqualTo(new Owner(berlin, false));

        outbox.enqueue(NewOperation.of(berlin, OperationKind.PRODUCT_CREATE, "product", id, "{}"));
        owners.assign(Item.PRODUCT, id, shanghai);
        assertThat(ops("product", id)).extracting(Operation::accountId).containsExactly(shanghai);

        outbox.claimNext(NOW, NOW.plusSeconds(60), ClaimFilter.none()).orElseThrow();
        assertThat(owners.of(Item.PRODUCT, id)).isEqualTo(new Owner(shanghai, true));
        assertThatThrownBy(() -> owners.assign(Item.PRODUCT, id, berlin)).isInstanceOf(IllegalStateException.class);
    }
}
