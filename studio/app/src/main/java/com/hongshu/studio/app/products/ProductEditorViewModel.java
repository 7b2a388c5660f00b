package com.hongshu.studio.app.products;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.products.Money;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductRepository;
import com.hongshu.studio.core.products.ProductRules;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.ProductValidator;
import com.hongshu.studio.core.products.ProductViolation;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.VariantGrid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import com.hongshu.studio.store.products.ChosenAccountPushes;

/**
 * The product editor: fields, images from the media library, two variant axes that generate the SKU grid, and the
 * platform's rules checked on every change. Saving writes the product, its SKUs and any stock change (as ledger rows)
 * in one transaction.
 */
public final class ProductEditorViewModel {

    /** Where the editor finds images to pick: the workspace's media library, newest first. */
    @FunctionalInterface
    public interface MediaSource {
        List<MediaItem> recent(int limit);
    }

    private final ProductRepository repo;
    private final MediaSource media;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final ProductValidator validator = new ProductValidator(ProductRules.CURRENT);

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<Product> base = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortTitle = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>(ProductStatus.DRAFT);
    private final StringProperty axis1Name = new SimpleStringProperty("");
    private final StringProperty axis1Values = new SimpleStringProperty("");
    private final StringProperty axis2Name = new SimpleStringProperty("");
    private final StringProperty axis2Values = new SimpleStringProperty("");
    private final StringProperty codePrefix = new SimpleStringProperty("");
    private final StringProperty defaultPrice = new SimpleStringProperty("");
    private final StringProperty defaultOriginal = new SimpleStringProperty("");
    private final ObservableList<Sku> skus = FXCollections.observableArrayList();
    private final ObservableList<Long> imageIds = FXCollections.observableArrayList();
    private final ObservableList<MediaItem> mediaChoices = FXCollections.observableArrayList();
    private final ObservableList<String> violations = FXCollections.observableArrayList();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final IntegerProperty shortTitleCount = new SimpleIntegerProperty();
    private final IntegerProperty descriptionCount = new SimpleIntegerProperty();
    private Consumer<Product> onSaved = p -> { };

    public ProductEditorViewModel(ProductRepository repo, MediaSource media, TaskRunner tasks, Notifier notifier,
                                  I18n i18n, Clock clock) {
        this.repo = repo;
        this.media = media;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        for (Observable o : List.of(name, shortTitle, description, category, status, skus)) {
            o.addListener(x -> revalidate());
        }
    }

    void setOnSaved(Consumer<Product> r) {
        onSaved = r;
    }

    /** The product's account: the picker, and how a new product is saved under the account chosen for it. */
    public record Accounts(AccountPickerModel picker, ChosenAccountPushes newUnder) {
    }

    private Accounts accounts;

    /** Products belong to accounts (sync wired). */
    public void useAccounts(Accounts a) {
        this.accounts = a;
    }

    public AccountPickerModel account() {
        return accounts == null ? null : accounts.picker();
    }

    public void newProduct() {
        show(Product.draft(clock.instant()));
        axis1Name.set(i18n.get("products.editor.colour"));
        axis2Name.set(i18n.get("products.editor.size"));
    }

    /** Opens a stored product (read off the FX thread). */
    public void open(long productId) {
        tasks.quietly(p -> repo.findById(productId).orElseThrow(), this::show,
                e -> notifier.error(i18n.get("products.list.failed"), e));
    }

    private void show(Product p) {
        base.set(p);
        if (accounts != null) {
            accounts.picker().show(p.id());
        }
        name.set(p.name());
        shortTitle.set(p.shortTitle());
        description.set(p.description());
        category.set(p.category());
        status.set(p.status());
        imageIds.setAll(p.imageMediaIds());
        axis1Name.set(p.axes().size() > 0 ? p.axes().get(0) : "");
        axis2Name.set(p.axes().size() > 1 ? p.axes().get(1) : "");
        axis1Values.set(axisValues(p, 0));
        axis2Values.set(axisValues(p, 1));
        codePrefix.set("");
        Sku first = p.skus().isEmpty() ? null : p.skus().get(0);
        defaultPrice.set(first == null ? "" : Money.plain(first.priceFen()));
        defaultOriginal.set(first == null ? "" : Money.plain(first.originalPriceFen()));
        skus.setAll(p.skus());
        revalidate();
        open.set(true);
    }

    private static String axisValues(Product p, int axis) {
        List<String> values = new ArrayList<>();
        for (Sku s : p.skus()) {
            if (s.variant().size() > axis && !values.contains(s.variant().get(axis))) {
                values.add(s.variant().get(axis));
            }
        }
        return String.join(", ", values);
    }

    /** Rebuilds the SKU grid from the axes: one SKU per combination, keeping what was entered for existing ones. */
    public void generateGrid() {
        long price = Money.parse(defaultPrice.get()).orElse(0L);
        long original = Money.parse(defaultOriginal.get()).orElse(0L);
        String prefix = codePrefix.get().isBlank() ? "SKU" + (clock.millis() % 100000) : codePrefix.get();
        List<List<String>> axes = new ArrayList<>();
        axes.add(VariantGrid.values(axis1Values.get()));
        axes.add(VariantGrid.values(axis2Values.get()));
        List<Sku> grid = VariantGrid.generate(axes, List.copyOf(skus),
                new Sku(0, List.of(), "", "", price, original, 5, 0), prefix);
        // prices typed after a first Generate reach the SKUs still without one
        skus.setAll(grid.stream().map(s -> new Sku(s.id(), s.variant(), s.erpCode(), s.barcode(),
                s.priceFen() == 0 ? price : s.priceFen(), s.originalPriceFen() == 0 ? original : s.originalPriceFen(),
                s.lowStockThreshold(), s.stock())).toList());
    }

    public boolean setSkuErpCode(int index, String text) {
        return change(index, s -> new Sku(s.id(), s.variant(), text, s.barcode(), s.priceFen(), s.originalPriceFen(),
                s.lowStockThreshold(), s.stock()));
    }

    public boolean setSkuBarcode(int index, String text) {
        return change(index, s -> new Sku(s.id(), s.variant(), s.erpCode(), text, s.priceFen(), s.originalPriceFen(),
                s.lowStockThreshold(), s.stock()));
    }

    public boolean setSkuPrice(int index, String text) {
        Optional<Long> fen = money(text);
        return fen.isPresent() && change(index, s -> s.withPrice(fen.get()));
    }

    public boolean setSkuOriginalPrice(int index, String text) {
        Optional<Long> fen = money(text);
        return fen.isPresent() && change(index, s -> new Sku(s.id(), s.variant(), s.erpCode(), s.barcode(),
                s.priceFen(), fen.get(), s.lowStockThreshold(), s.stock()));
    }

    public boolean setSkuStock(int index, String text) {
        Optional<Long> n = count(text);
        return n.isPresent() && change(index, s -> s.withStock(n.get()));
    }

    public boolean setSkuThreshold(int index, String text) {
        Optional<Long> n = count(text);
        return n.isPresent() && change(index, s -> new Sku(s.id(), s.variant(), s.erpCode(), s.barcode(),
                s.priceFen(), s.originalPriceFen(), (int) Math.min(Integer.MAX_VALUE, n.get()), s.stock()));
    }

    private boolean change(int index, UnaryOperator<Sku> edit) {
        if (index < 0 || index >= skus.size()) {
            return false;
        }
        skus.set(index, edit.apply(skus.get(index)));
        return true;
    }

    private Optional<Long> money(String text) {
        Optional<Long> fen = Money.parse(text);
        if (fen.isEmpty()) {
            notifier.warn(i18n.format("products.edit.badPrice", text));
        }
        return fen;
    }

    private Optional<Long> count(String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 0) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        notifier.warn(i18n.format("products.edit.badStock", text));
        return Optional.empty();
    }

    public Product snapshot() {
        Product b = base.get() == null ? Product.draft(clock.instant()) : base.get();
        List<String> axes = new ArrayList<>();
        int width = skus.stream().mapToInt(s -> s.variant().size()).max().orElse(0);
        if (width > 0) {
            axes.add(axis1Name.get().isBlank() && !VariantGrid.values(axis1Values.get()).isEmpty() ? "1"
                    : axis1Name.get().strip());
        }
        if (width > 1) {
            axes.add(axis2Name.get().strip());
        }
        return new Product(b.id(), name.get(), shortTitle.get(), description.get(), category.get(), imageIds,
                status.get(), axes, skus, b.createdAt(), b.updatedAt());
    }

    void revalidate() {
        shortTitleCount.set(shortTitle.get().strip().codePointCount(0, shortTitle.get().strip().length()));
        descriptionCount.set(description.get().codePointCount(0, description.get().length()));
        List<ProductViolation> found = validator.check(snapshot());
        violations.setAll(found.stream().map(this::describe).toList());
        valid.set(found.isEmpty());
    }

    private String describe(ProductViolation v) {
        String text = i18n.format(v.messageKey(), v.args().toArray());
        if (v.skuIndex() < 0 || v.skuIndex() >= skus.size()) {
            return text;
        }
        Sku s = skus.get(v.skuIndex());
        String which = s.erpCode().isEmpty() ? s.variantLabel() : s.erpCode();
        return i18n.format("products.rule.inSku", which.isEmpty() ? v.skuIndex() + 1 : which, text);
    }

    /** Saves when every rule is met; otherwise tells the first problem and keeps everything as typed. */
    public boolean save() {
        revalidate();
        if (!valid.get()) {
            notifier.warn(i18n.format("products.save.refused", violations.isEmpty() ? "" : violations.get(0)));
            return false;
        }
        Product p = snapshot();
        String note = i18n.get("products.stock.editorNote");
        java.util.Map<Long, Long> loaded = new java.util.HashMap<>();
        if (base.get() != null) {
            base.get().skus().forEach(s -> loaded.put(s.id(), s.stock()));
        }
        Product toSave = keepStockMovedMeanwhile(p, loaded);
        Accounts acc = accounts;
        long chosen = acc == null || p.id() != 0 ? 0 : acc.picker().selectedId();
        tasks.quietly(x -> acc == null ? repo.saveWithStock(toSave, note)
                : acc.newUnder().savingNewUnder(chosen, () -> repo.saveWithStock(toSave, note)), saved -> {
            base.set(saved);
            if (acc != null) {
                acc.picker().show(saved.id()); // stored now (a new one under the account chosen)
            }
            skus.setAll(saved.skus());
            notifier.success(i18n.format("products.save.done", saved.name()));
            onSaved.accept(saved);
        }, e -> notifier.error(i18n.get("products.save.failed"), e));
        return true;
    }

    /**
     * A stock the user did not touch in the editor is saved as it is now, not as it was when the editor opened: a sale
     * recorded meanwhile must not be undone by a correction back to the old count. Runs off the FX thread.
     */
    private Product keepStockMovedMeanwhile(Product p, java.util.Map<Long, Long> loaded) {
        if (p.id() == 0) {
            return p;
        }
        java.util.Map<Long, Long> current = new java.util.HashMap<>();
        repo.findById(p.id()).ifPresent(now -> now.skus().forEach(s -> current.put(s.id(), s.stock())));
        return p.withSkus(p.skus().stream().map(s -> s.id() != 0 && current.containsKey(s.id())
                && java.util.Objects.equals(loaded.get(s.id()), s.stock()) ? s.withStock(current.get(s.id())) : s)
                .toList());
    }

    public void loadMedia() {
        tasks.quietly(p -> media.recent(300), mediaChoices::setAll,
                e -> notifier.error(i18n.get("products.list.failed"), e));
    }

    public void addImage(long mediaId) {
        if (!imageIds.contains(mediaId)) {
            imageIds.add(mediaId);
        }
    }

    public void removeImage(long mediaId) {
        imageIds.remove(mediaId);
    }

    public void close() {
        open.set(false);
    }

    public BooleanProperty openProperty() { return open; }
    public ObjectProperty<Product> baseProperty() { return base; }
    public StringProperty nameProperty() { return name; }
    public StringProperty shortTitleProperty() { return shortTitle; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<ProductStatus> statusProperty() { return status; }
    public StringProperty axis1NameProperty() { return axis1Name; }
    public StringProperty axis1ValuesProperty() { return axis1Values; }
    public StringProperty axis2NameProperty() { return axis2Name; }
    public StringProperty axis2ValuesProperty() { return axis2Values; }
    public StringProperty codePrefixProperty() { return codePrefix; }
    public StringProperty defaultPriceProperty() { return defaultPrice; }
    public StringProperty defaultOriginalProperty() { return defaultOriginal; }
    public ObservableList<Sku> skus() { return skus; }
    public ObservableList<Long> imageIds() { return imageIds; }
    public ObservableList<MediaItem> mediaChoices() { return mediaChoices; }
    public ObservableList<String> violations() { return violations; }
    public BooleanProperty validProperty() { return valid; }
    public IntegerProperty shortTitleCountProperty() { return shortTitleCount; }
    public IntegerProperty descriptionCountProperty() { return descriptionCount; }
    Instant now() { return clock.instant(); }
}
