package com.hongshu.studio.app.products;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.sync.AccountOwnership;
import com.hongshu.studio.store.products.ChosenAccountPushes;
import com.hongshu.studio.store.sync.SqliteAccountOwnership;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.FxDecoder;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.notes.MediaUsage;
import com.hongshu.studio.core.notes.ProductLinks;
import com.hongshu.studio.core.products.LinkedProducts;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.app.sync.SyncModule;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.store.products.LedgerOrders;
import com.hongshu.studio.store.products.OutboxProductPushes;
import com.hongshu.studio.store.products.ProductCsvStore;
import com.hongshu.studio.store.products.ProductPushes;
import com.hongshu.studio.store.products.SqliteLinkedStock;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Wires the products screen for one workspace (one registration in the composition root). */
public final class ProductsModule {

    private final I18n i18n;
    private final SqliteProductRepository repo;
    private final ProductsViewModel vm;
    private final ProductEditorViewModel editor;
    private final StockViewModel stock;
    private final ProductCsvViewModel csv;
    private final Renditions renditions;
    private final LinkedProducts links;
    private final LinkedStock linkedStock;
    private final List<Runnable> listeners = new ArrayList<>();
    private final LedgerOrders orders;
    private final TaskRunner tasks;
    private final ProductPushes pushes;

    /** What the platform needs that a local product does not say (its category is free text, images not uploaded). */
    static final OutboxProductPushes.Defaults PLATFORM_DEFAULTS = new OutboxProductPushes.Defaults("cat-101", "tpl-1",
            "https://img.hongshu.invalid/placeholder.jpg");

    public ProductsModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier) {
        this(ws, clock, i18n, tasks, notifier, ProductPushes.NONE);
    }

    /** Products synced with the platform: every change queues its push in {@code outbox}, in its transaction. */
    public ProductsModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                          SyncModule.Outbox outbox) {
        this(ws, clock, i18n, tasks, notifier, new OutboxProductPushes(outbox.repository(), outbox.codec(),
                PLATFORM_DEFAULTS, id -> "media:" + id, outbox.wake()));
    }

    /**
     * Off the FX thread: queues the create of products on shelf that were never pushed (saved before an account
     * existed, demo data). Runs at start and when the screen is shown; a no-op without sync or an account.
     */
    private void pushUnpushed() {
        if (pushes instanceof OutboxProductPushes outboxPushes) {
            tasks.quietly(p -> repo.database().inTransaction(outboxPushes::pushUnpushed), n -> { },
                    e -> System.getLogger(ProductsModule.class.getName()).log(System.Logger.Level.WARNING,
                            "queueing unpushed products failed", e));
        }
    }

    private ProductsModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                           ProductPushes pushes) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.pushes = pushes;
        ChosenAccountPushes chosen = new ChosenAccountPushes(pushes);
        this.repo = new SqliteProductRepository(ws.database(), clock, chosen);
        this.orders = new LedgerOrders(ws.database(), clock, pushes);
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        this.renditions = new Renditions(ws.cacheDir(), library, new FxDecoder(new ImageIoDecoder()));
        SqliteNoteRepository media = new SqliteNoteRepository(ws.database(), clock);
        this.vm = new ProductsViewModel(repo, tasks, notifier, i18n);
        this.editor = new ProductEditorViewModel(repo,
                limit -> media.mediaLibrary(0, limit).stream().map(MediaUsage::item).toList(), tasks, notifier, i18n,
                clock);
        this.stock = new StockViewModel(repo, tasks, notifier, i18n);
        this.csv = new ProductCsvViewModel(new ProductCsvStore(ws.database(), clock, chosen), tasks, notifier, i18n);
        this.links = new LinkedProducts(repo, clock);
        this.linkedStock = new SqliteLinkedStock(ws.database());
        if (pushes instanceof OutboxProductPushes) { // synced: every product belongs to an account
            SqliteSyncAccountRepository accountsRepo = new SqliteSyncAccountRepository(ws.database());
            editor.useAccounts(new ProductEditorViewModel.Accounts(new AccountPickerModel(accountsRepo,
                    new SqliteAccountOwnership(ws.database()), AccountOwnership.Item.PRODUCT, tasks, notifier, i18n),
                    chosen));
            csv.useAccounts(new ProductCsvViewModel.ImportAccounts() {
                @Override
                public java.util.List<com.hongshu.studio.core.sync.SyncAccount> all() {
                    return accountsRepo.all();
                }

                @Override
                public <T> T newProductsUnder(long accountId, java.util.function.Supplier<T> work) {
                    return chosen.savingNewUnder(accountId, work);
                }
            });
        }
        editor.setOnSaved(p -> vm.changed());
        stock.setOnChanged(vm::changed);
        csv.setOnImported(vm::changed);
        vm.setOnChanged(() -> listeners.forEach(Runnable::run));
        pushUnpushed();
    }

    public Node view() {
        return new ProductsView(this, i18n).build();
    }

    public void refresh() {
        vm.refresh();
        pushUnpushed();
    }

    /** Runs (on the FX thread) after products, prices or stock changed. */
    public void onChange(Runnable r) {
        listeners.add(r);
    }

    /** The shell's low-stock badge: how many SKUs on sale are at or below their threshold. */
    public Node statusItem() {
        Label badge = new Label(null, Icons.of(Material2OutlinedMZ.WARNING, 14));
        badge.setId("products-low-badge");
        badge.getStylesheets().add(ProductsView.CSS);
        badge.getStyleClass().add("products-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("products.badge",
                vm.lowStockCountProperty().get()), vm.lowStockCountProperty()));
        badge.setTooltip(new Tooltip(i18n.get("products.badgeTip")));
        badge.visibleProperty().bind(vm.lowStockCountProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        vm.refresh();
        return badge;
    }

    /**
     * Where sync delivers pulled orders (on its own thread): paid lines become sales in the ledger, unpaid ones hold
     * stock; the screen refreshes afterwards.
     */
    public PullSinks.OrderSink orderSink() {
        return rows -> {
            orders.accept(rows);
            tasks.quietly(p -> null, done -> vm.changed(), e -> { });
        };
    }

    /** The notes composer's port to the products: names, picker search and stock warnings. */
    public ProductLinks links() {
        return links;
    }

    /** The dashboard's port: stock of the products linked to each note. */
    public LinkedStock linkedStock() {
        return linkedStock;
    }

    public ProductsViewModel viewModel() { return vm; }
    public ProductEditorViewModel editor() { return editor; }
    public StockViewModel stock() { return stock; }
    public ProductCsvViewModel csv() { return csv; }
    public SqliteProductRepository repository() { return repo; }
    Renditions renditions() { return renditions; }
}
