package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.ProductRepository;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.StockMovement;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One SKU's stock: record a restock, sale, return or counted correction with a note, and read its ledger. A correction
 * takes the counted quantity; the other kinds take the amount that came in or went out.
 */
public final class StockViewModel {

    static final int HISTORY = 500;

    private final ProductRepository repo;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObjectProperty<SkuRow> sku = new SimpleObjectProperty<>();
    private final ObjectProperty<MovementKind> kind = new SimpleObjectProperty<>(MovementKind.RESTOCK);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<StockMovement> history = FXCollections.observableArrayList();
    private final LongProperty held = new SimpleLongProperty();
    private Runnable onChanged = () -> { };

    public StockViewModel(ProductRepository repo, TaskRunner tasks, Notifier notifier, I18n i18n) {
        this.repo = repo;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    void setOnChanged(Runnable r) {
        onChanged = r;
    }

    public void open(SkuRow row) {
        sku.set(row);
        kind.set(MovementKind.RESTOCK);
        quantity.set("");
        note.set("");
        history.clear();
        held.set(0);
        reload();
    }

    private void reload() {
        SkuRow row = sku.get();
        tasks.quietly(p -> new Loaded(repo.findSku(row.skuId()).orElse(row), repo.history(row.skuId(), HISTORY),
                        repo.held(row.skuId())),
                loaded -> {
                    if (sku.get() != null && sku.get().skuId() == row.skuId()) {
                        sku.set(loaded.row());
                        history.setAll(loaded.history());
                        held.set(loaded.held());
                    }
                }, e -> notifier.error(i18n.get("products.list.failed"), e));
    }

    private record Loaded(SkuRow row, List<StockMovement> history, long held) {
    }

    /** Appends the movement; refused, with the reason, for a bad number or a sale of more than is in stock. */
    public boolean apply() {
        SkuRow row = sku.get();
        long amount;
        try {
            amount = Long.parseLong(quantity.get().strip());
        } catch (NumberFormatException e) {
            amount = -1;
        }
        MovementKind k = kind.get();
        if (amount < 0 || amount == 0 && k != MovementKind.CORRECTION) {
            notifier.warn(i18n.format("products.stock.badQuantity", quantity.get()));
            return false;
        }
        if (k == MovementKind.SALE && amount > row.stock()) {
            notifier.warn(i18n.format("products.stock.notEnough", amount, row.stock()));
            return false;
        }
        long value = amount;
        String text = note.get().strip();
        tasks.quietly(p -> k == MovementKind.CORRECTION || k == MovementKind.SYNC_ADJUSTMENT
                        ? repo.correctTo(row.skuId(), value, text).orElse(null)
                        : repo.move(row.skuId(), k, value, text),
                m -> {
                    quantity.set("");
                    note.set("");
                    reload();
                    onChanged.run();
                }, e -> notifier.error(i18n.get("products.save.failed"), e));
        return true;
    }

    public ObjectProperty<SkuRow> skuProperty() { return sku; }
    public ObjectProperty<MovementKind> kindProperty() { return kind; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty noteProperty() { return note; }
    public ObservableList<StockMovement> history() { return history; }
    /** Held on the platform by unpaid orders: included in the stock, not for sale. */
    public LongProperty heldProperty() { return held; }
}
