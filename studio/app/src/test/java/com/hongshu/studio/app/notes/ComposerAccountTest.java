package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.Notifier.Level;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.sync.AccountOwnership.Item;
import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.sync.JsonPayloadCodec;
import com.hongshu.studio.store.notes.OutboxNotePublishing;
import com.hongshu.studio.store.sync.SqliteAccountOwnership;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's account picker over a real workspace with two accounts (Shanghai and Berlin). */
class ComposerAccountTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private NotesTestKit kit;
    private ComposerViewModel vm;
    private SqliteSyncAccountRepository accounts;
    private SqliteAccountOwnership owners;
    private long shanghai;
    private long berlin;

    @BeforeEach
    void open() {
        kit = new NotesTestKit(dir.resolve("ws"), clock, Locale.ENGLISH);
        vm = kit.composer;
        accounts = new SqliteSyncAccountRepository(kit.ws.database());
        owners = new SqliteAccountOwnership(kit.ws.database());
        shanghai = accounts.upsert("app", "cn", "上海店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
        berlin = accounts.upsert("app", "de", "Berlin shop", BERLIN, clock.instant()).id();
        vm.useAccounts(picker());
    }

    private AccountPickerModel picker() {
        return new AccountPickerModel(accounts, owners, Item.NOTE, new InThreadTaskRunner(), kit.notifier,
                new I18n(Locale.ENGLISH, List.of("accounts")));
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private SyncAccount account(long id) {
        return vm.account().choices().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aNewNoteGetsTheAccountLastPicked_andSchedulesInItsZone() {
        vm.newNote();
        long first = vm.noteIdProperty().get();
        assertThat(vm.account().choices()).extracting(SyncAccount::displayName).containsExactly("上海店", "Berlin shop");
        assertThat(vm.account().selectedId()).as("the first account when none was used").isEqualTo(shanghai);
        assertThat(vm.account().lockedProperty().get()).isFalse();

        vm.account().pick(account(berlin));
        assertThat(owners.of(Item.NOTE, first).accountId()).isEqualTo(berlin);
        assertThat(vm.scheduleZone()).isEqualTo(BERLIN);

        vm.newNote();
        long second = vm.noteIdProperty().get();
        assertThat(second).isNotEqualTo(first);
        assertThat(owners.of(Item.NOTE, second).accountId()).isEqualTo(berlin);
        assertThat(vm.account().selectedId()).isEqualTo(berlin);

        // After a restart the picker remembers nothing: the account of the note changed last is used.
        vm.useAccounts(picker());
        vm.newNote();
        assertThat(owners.of(Item.NOTE, vm.noteIdProperty().get()).accountId()).isEqualTo(berlin);
    }

    @Test
    void aZoneChangedOnTheSyncScreenIsWhereTheOpenNoteIsScheduledAfterTheReload() {
        vm.newNote();
        vm.account().pick(account(berlin));
        assertThat(vm.scheduleZone()).isEqualTo(BERLIN);

        accounts.setZone(berlin, ZoneId.of("America/New_York"), clock.instant());
        vm.account().reload();

        assertThat(vm.scheduleZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(vm.account().selectedId()).isEqualTo(berlin);
    }

    @Test
    void thePickerIsDisabledWithTheReasonOnceTheNoteIsOnItsWayToThePlatform() {
        vm.newNote();
        long id = vm.noteIdProperty().get();
        SqliteOutboxRepository outbox = new SqliteOutboxRepository(kit.ws.database(), clock);
        OutboxNotePublishing publishing = new OutboxNotePublishing(kit.ws.database(), outbox, new JsonPayloadCodec(),
                clock);
        publishing.schedule(id, clock.instant().plus(Duration.ofDays(2)));
        vm.open(id);
        assertThat(vm.account().lockedProperty().get()).as("queued but not sent: still free").isFalse();

        outbox.claimNext(clock.instant(), clock.instant().plusSeconds(60), ClaimFilter.none()).orElseThrow();
        vm.open(id);
        assertThat(vm.account().lockedProperty().get()).isTrue();
        assertThat(vm.account().lockReason()).contains("reached the platform");
        vm.account().pick(account(berlin));
        assertThat(vm.account().selectedId()).isEqualTo(shanghai);
        assertThat(owners.of(Item.NOTE, id).accountId()).isEqualTo(shanghai);
    }

    @Test
    void aPickRacingTheSendIsRefusedAndTheNoteStaysWhereItIs() {
        vm.newNote();
        long id = vm.noteIdProperty().get();
        kit.repo.updateStatus(id, NoteStatus.PUBLISHED, "remote-1"); // sent by the engine after the picker was shown
        vm.account().pick(account(berlin));
        assertThat(vm.account().selectedId()).isEqualTo(shanghai);
        assertThat(vm.account().lockedProperty().get()).isTrue();
        assertThat(kit.notifier.notices()).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Level.WARNING);
            assertThat(n.message()).contains("cannot move to another");
        });
        assertThat(owners.of(Item.NOTE, id).accountId()).isEqualTo(shanghai);
    }

    @Test
    void withOneAccountThePickerShowsItReadOnly() {
        SqliteSyncAccountRepository only = accounts;
        vm.newNote();
        long id = vm.noteIdProperty().get();
        // A workspace with one account: the second one never connected.
        kit.ws.database().inTransaction(c -> c.createStatement().executeUpdate(
                "DELETE FROM sync_account WHERE id = " + berlin));
        vm.open(id);
        assertThat(only.all()).hasSize(1);
        assertThat(vm.account().choices()).extracting(SyncAccount::displayName).containsExactly("上海店");
        assertThat(vm.account().selectedId()).isEqualTo(shanghai);
        assertThat(vm.account().lockedProperty().get()).isTrue();
        assertThat(vm.account().lockReason()).contains("only one connected account");
    }
}
