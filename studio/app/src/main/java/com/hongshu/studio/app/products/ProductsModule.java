package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.I18n;
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
import com.hongshu.studio.store.products.ProductCsvStore;
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

    public ProductsModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier) {
        this.i18n = i18n;
        this.repo = new SqliteProductRepository(ws.database(), clock);
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        this.renditions = new Renditions(ws.cacheDir(), library, new FxDecoder(new ImageIoDecoder()));
        SqliteNoteRepository media = new SqliteNoteRepository(ws.database(), clock);
        this.vm = new ProductsViewModel(repo, tasks, notifier, i18n);
        this.editor = new ProductEditorViewModel(repo,
                limit -> media.mediaLibrary(0, limit).stream().map(MediaUsage::item).toList(), tasks, notifier, i18n,
                clock);
        this.stock = new StockViewModel(repo, tasks, notifier, i18n);
        this.csv = new ProductCsvViewModel(new ProductCsvStore(ws.database(), clock), tasks, notifier, i18n);
        this.links = new LinkedProducts(repo, clock);
        this.linkedStock = new SqliteLinkedStock(ws.database());
        editor.setOnSaved(p -> vm.changed());
        stock.setOnChanged(vm::changed);
        csv.setOnImported(vm::changed);
        vm.setOnChanged(() -> listeners.forEach(Runnable::run));
    }

    public Node view() {
        return new ProductsView(this, i18n).build();
    }

    public void refresh() {
        vm.refresh();
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
