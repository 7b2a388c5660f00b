package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.notes.UndoStack;
import com.hongshu.studio.core.products.Money;
import com.hongshu.studio.core.products.ProductRepository;
import com.hongshu.studio.core.products.ProductRules;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.ProductValidator;
import com.hongshu.studio.core.products.ProductViolation;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.SkuSort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The SKU table: filter, sort and page in the database (one page in memory, however many SKUs), inline price and
 * stock edits, bulk edits of the selection with undo, and the low-stock list and count.
 */
public final class ProductsViewModel {

    static final int PAGE = 100;
    static final int LOW_STOCK_SHOWN = 50;

    private final ProductRepository repo;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ProductValidator validator = new ProductValidator(ProductRules.CURRENT);
    private final UndoStack undo = new UndoStack();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty lowOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<SkuSort> sort = new SimpleObjectProperty<>(SkuSort.NAME);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty();
    private final ObservableList<SkuRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Long> selected = FXCollections.observableArrayList();
    private final ObservableList<SkuRow> lowStock = FXCollections.observableArrayList();
    private final LongProperty lowStockCount = new SimpleLongProperty();
    private long generation;
    private java.util.Set<Long> unconfirmed = java.util.Set.of();
    private Runnable onChanged = () -> { };

    public ProductsViewModel(ProductRepository repo, TaskRunner tasks, Notifier notifier, I18n i18n) {
        this.repo = repo;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        search.addListener((o, a, b) -> firstPage());
        status.addListener((o, a, b) -> firstPage());
        lowOnly.addListener((o, a, b) -> firstPage());
        sort.addListener((o, a, b) -> firstPage());
        descending.addListener((o, a, b) -> firstPage());
    }

    /** Runs after any change of products or stock (e.g. to refresh the notes composer's warnings). */
    void setOnChanged(Runnable r) {
        onChanged = r;
    }

    SkuQuery query() {
        return new SkuQuery(search.get(), status.get(), lowOnly.get(), sort.get(), descending.get(),
                page.get() * PAGE, PAGE);
    }

    private void firstPage() {
        if (page.get() != 0) {
            page.set(0);
        }
        refresh();
    }

    /** Reads the current page, the count and the low-stock list; late answers to older queries are dropped. */
    public void refresh() {
        SkuQuery q = query();
        long mine = ++generation;
        tasks.quietly(p -> {
            var page = repo.page(q);
            return new Page(page.rows(), page.total(), repo.lowStock(LOW_STOCK_SHOWN), repo.lowStockCount(),
                    repo.unconfirmedOnPlatform());
        }, result -> {
            if (mine == generation) {
                List<Long> keep = List.copyOf(selected); // the view clears its selection when rows are replaced
                unconfirmed = result.unconfirmed();
                rows.setAll(result.rows());
                total.set(result.total());
                lowStock.setAll(result.low());
                lowStockCount.set(result.lowCount());
                java.util.Set<Long> shown = new java.util.HashSet<>(result.rows().stream().map(SkuRow::skuId).toList());
                selected.setAll(keep.stream().filter(shown::contains).toList());
            }
        }, e -> notifier.error(i18n.get("products.list.failed"), e));
    }

    private record Page(List<SkuRow> rows, long total, List<SkuRow> low, long lowCount,
                        java.util.Set<Long> unconfirmed) {
    }

    /** The status as the table shows it: with "not confirmed on the platform" when its create stayed unconfirmed. */
    public String statusText(SkuRow row) {
        String text = i18n.get("products.status." + row.status().name());
        return unconfirmed.contains(row.productId()) ? text + " · " + i18n.get("products.sync.unconfirmed") : text;
    }

    public int pageCount() {
        return (int) Math.max(1, (total.get() + PAGE - 1) / PAGE);
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
            refresh();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            refresh();
        }
    }

    /** Sets a SKU's price from what the user typed; refused with the reason when it breaks a rule. */
    public boolean editPrice(SkuRow row, String typed) {
        Optional<Long> fen = Money.parse(typed);
        if (fen.isEmpty()) {
            notifier.warn(i18n.format("products.edit.badPrice", typed));
            return false;
        }
        List<ProductViolation> problems = validator.checkPrice(fen.get(), row.originalPriceFen(), -1);
        if (!problems.isEmpty()) {
            notifier.warn(message(problems.get(0)));
            return false;
        }
        if (fen.get() == row.priceFen()) {
            return true;
        }
        writePrices(Map.of(row.skuId(), row.priceFen()), Map.of(row.skuId(), fen.get()));
        return true;
    }

    /** Sets the counted stock: the ledger gets a CORRECTION of the difference. */
    public boolean editStock(SkuRow row, String typed) {
        long counted;
        try {
            counted = Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            counted = -1;
        }
        if (counted < 0) {
            notifier.warn(i18n.format("products.edit.badStock", typed));
            return false;
        }
        long value = counted;
        tasks.quietly(p -> repo.correctTo(row.skuId(), value, i18n.get("products.stock.inlineNote")),
                m -> changed(), e -> notifier.error(i18n.get("products.save.failed"), e));
        return true;
    }

    /** Changes the selected SKUs' prices by {@code percent} (e.g. -10); refused as a whole if any would break a rule. */
    public boolean bulkPrice(String percentText) {
        double percent;
        try {
            percent = Double.parseDouble(percentText.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            notifier.warn(i18n.format("products.bulk.badPercent", percentText));
            return false;
        }
        Map<Long, Long> before = new LinkedHashMap<>();
        Map<Long, Long> after = new LinkedHashMap<>();
        for (SkuRow r : selectedRows()) {
            long price = Math.round(r.priceFen() * (100 + percent) / 100.0);
            List<ProductViolation> problems = validator.checkPrice(price, r.originalPriceFen(), -1);
            if (!problems.isEmpty()) {
                notifier.warn(i18n.format("products.bulk.refused", r.erpCode(), message(problems.get(0))));
                return false;
            }
            before.put(r.skuId(), r.priceFen());
            after.put(r.skuId(), price);
        }
        if (after.isEmpty()) {
            return false;
        }
        writePrices(before, after);
        notifier.info(i18n.format("products.bulk.priced", after.size()));
        return true;
    }

    /** Sets the status of the products of the selected SKUs. */
    public void bulkStatus(ProductStatus newStatus) {
        Map<Long, ProductStatus> before = new LinkedHashMap<>();
        Map<Long, ProductStatus> after = new LinkedHashMap<>();
        for (SkuRow r : selectedRows()) {
            before.putIfAbsent(r.productId(), r.status());
            after.put(r.productId(), newStatus);
        }
        if (after.isEmpty()) {
            return;
        }
        Runnable apply = () -> writeStatuses(after);
        apply.run();
        undo.record(new UndoStack.Command() {
            @Override
            public void undo() {
                writeStatuses(before);
            }

            @Override
            public void redo() {
                writeStatuses(after);
            }
        });
        notifier.info(i18n.format("products.bulk.statused", after.size()));
    }

    private void writePrices(Map<Long, Long> before, Map<Long, Long> after) {
        savePrices(after);
        undo.record(new UndoStack.Command() {
            @Override
            public void undo() {
                savePrices(before);
            }

            @Override
            public void redo() {
                savePrices(after);
            }
        });
    }

    private void savePrices(Map<Long, Long> prices) {
        Map<Long, Long> copy = Map.copyOf(prices);
        tasks.quietly(p -> {
            repo.setPrices(copy);
            return copy;
        }, done -> changed(), e -> notifier.error(i18n.get("products.save.failed"), e));
    }

    private void writeStatuses(Map<Long, ProductStatus> statuses) {
        Map<Long, ProductStatus> copy = Map.copyOf(statuses);
        tasks.quietly(p -> {
            repo.setStatuses(copy);
            return copy;
        }, done -> changed(), e -> notifier.error(i18n.get("products.save.failed"), e));
    }

    /** Deletes the products of the selected SKUs, with all their SKUs and stock history (the view asks first). */
    public void deleteSelectedProducts() {
        List<Long> products = selectedRows().stream().map(SkuRow::productId).distinct().toList();
        if (products.isEmpty()) {
            return;
        }
        tasks.quietly(p -> {
            repo.delete(products);
            return products.size();
        }, n -> {
            undo.clear(); // earlier bulk edits may refer to what is gone
            notifier.info(i18n.format("products.delete.done", n));
            changed();
        }, e -> notifier.error(i18n.get("products.save.failed"), e));
    }

    public int selectedProductCount() {
        return (int) selectedRows().stream().map(SkuRow::productId).distinct().count();
    }

    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    /** Something was written: the table, the low-stock list and whoever listens are brought up to date. */
    void changed() {
        refresh();
        onChanged.run();
    }

    List<SkuRow> selectedRows() {
        return rows.stream().filter(r -> selected.contains(r.skuId())).toList();
    }

    String message(ProductViolation v) {
        return i18n.format(v.messageKey(), v.args().toArray());
    }

    public UndoStack undoStack() { return undo; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ProductStatus> statusProperty() { return status; }
    public BooleanProperty lowOnlyProperty() { return lowOnly; }
    public ObjectProperty<SkuSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public IntegerProperty pageProperty() { return page; }
    public LongProperty totalProperty() { return total; }
    public ObservableList<SkuRow> rows() { return rows; }
    public ObservableList<Long> selected() { return selected; }
    public ObservableList<SkuRow> lowStock() { return lowStock; }
    public LongProperty lowStockCountProperty() { return lowStockCount; }
}
