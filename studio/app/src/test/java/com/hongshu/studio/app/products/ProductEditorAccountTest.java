package com.hongshu.studio.app.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.sync.AccountOwnership.Item;
import com.hongshu.studio.core.sync.ClaimFilter;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OutboxQuery;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.sync.JsonPayloadCodec;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.products.ChosenAccountPushes;
import com.hongshu.studio.store.products.OutboxProductPushes;
import com.hongshu.studio.store.products.SqliteProductRepository;
import com.hongshu.studio.store.sync.SqliteAccountOwnership;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product editor's account picker, with products pushed through the outbox and two accounts. */
class ProductEditorAccountTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Workspace ws;
    private SqliteOutboxRepository outbox;
    private SqliteAccountOwnership owners;
    private ProductEditorViewModel editor;
    private long shanghai;
    private long berlin;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        outbox = new SqliteOutboxRepository(ws.database(), clock);
        SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(ws.database());
        shanghai = accounts.upsert("app", "cn", "上海店", ZoneId.of("Asia/Shanghai"), clock.instant()).id();
        berlin = accounts.upsert("app", "de", "Berlin shop", ZoneId.of("Europe/Berlin"), clock.instant()).id();
        ChosenAccountPushes pushes = new ChosenAccountPushes(new OutboxProductPushes(outbox, new JsonPayloadCodec(),
                ProductsModule.PLATFORM_DEFAULTS, id -> "media:" + id, () -> { }));
        SqliteProductRepository repo = new SqliteProductRepository(ws.database(), clock, pushes);
        I18n i18n = new I18n(Locale.ENGLISH, List.of("products", "accounts"));
        InThreadTaskRunner tasks = new InThreadTaskRunner();
        owners = new SqliteAccountOwnership(ws.database());
        editor = new ProductEditorViewModel(repo, limit -> List.of(), tasks, notifier, i18n, clock);
        editor.useAccounts(new ProductEditorViewModel.Accounts(
                new AccountPickerModel(accounts, owners, Item.PRODUCT, tasks, notifier, i18n), pushes));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private SyncAccount account(long id) {
        return editor.account().choices().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private List<Operation> ops(long productId) {
        return outbox.list(OutboxQuery.ofAggregate("product", productId));
    }

    private Product saveNewOnShelf(String name) {
        editor.newProduct();
        editor.nameProperty().set(name);
        editor.shortTitleProperty().set(name + "纯棉宽松短袖");
        editor.axis1ValuesProperty().set("白色");
        editor.axis2ValuesProperty().set("");
        editor.defaultPriceProperty().set("79");
        editor.defaultOriginalProperty().set("129");
        editor.codePrefixProperty().set("TX" + name.length());
        editor.generateGrid();
        editor.statusProperty().set(ProductStatus.ON_SHELF);
        assertThat(editor.save()).isTrue();
        return editor.baseProperty().get();
    }

    @Test
    void aNewProductIsCreatedOnThePlatformUnderTheAccountChosenBeforeItsFirstSave() {
        editor.newProduct();
        assertThat(editor.account().selectedId()).as("the first account by default").isEqualTo(shanghai);
        editor.account().pick(account(berlin));
        Product saved = saveNewOnShelf("真丝围巾");

        assertThat(owners.of(Item.PRODUCT, saved.id()).accountId()).isEqualTo(berlin);
        assertThat(ops(saved.id())).isNotEmpty().extracting(Operation::accountId).containsOnly(berlin);
        assertThat(editor.account().selectedId()).isEqualTo(berlin);
        assertThat(editor.account().lockedProperty().get()).as("created, but not sent yet").isFalse();
    }

    @Test
    void onceItsCreateWasSentThePickerIsDisabledWithTheReason() {
        Product saved = saveNewOnShelf("羊毛帽");
        assertThat(ops(saved.id())).extracting(Operation::accountId).containsOnly(shanghai);
        editor.account().pick(account(berlin)); // still free: the create moves along
        assertThat(ops(saved.id())).extracting(Operation::accountId).containsOnly(berlin);

        outbox.claimNext(clock.instant(), clock.instant().plusSeconds(60), ClaimFilter.none()).orElseThrow();
        editor.open(saved.id());
        assertThat(editor.account().lockedProperty().get()).isTrue();
        assertThat(editor.account().lockReason()).contains("created on the platform under this account");
        editor.account().pick(account(shanghai));
        assertThat(owners.of(Item.PRODUCT, saved.id()).accountId()).isEqualTo(berlin);
    }
}
