package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.SkuRow;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The seller's screen: toolbar, filters, the SKU table with paging, and the low-stock list on the right. */
public final class ProductsView {

    static final String CSS = ProductsView.class.getResource("/css/products.css").toExternalForm();

    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
            javafx.scene.input.KeyCombination.SHIFT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO_Y = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final ProductsModule module;
    private final ProductsViewModel vm;
    private final I18n i18n;

    ProductsView(ProductsModule module, I18n i18n) {
        this.module = module;
        this.vm = module.viewModel();
        this.i18n = i18n;
    }

    public Node build() {
        TableView<SkuRow> table = new SkuTable(vm, i18n).build();
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null
                    && table.getEditingCell() == null) {
                openStock(table.getSelectionModel().getSelectedItem(), table);
            }
        });
        BorderPane root = new BorderPane();
        root.setTop(new VBox(toolbar(table), filters()));
        root.setCenter(table);
        root.setRight(lowStockPane(table));
        BorderPane.setMargin(table, new javafx.geometry.Insets(0, 8, 8, 10));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return; // text fields keep their own undo
            }
            if (REDO.match(e) || REDO_Y.match(e)) {
                vm.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            }
        });
        root.setId("products-view");
        root.getStyleClass().add("products-view");
        root.getStylesheets().add(CSS);
        return root;
    }

    private Node toolbar(TableView<SkuRow> table) {
        Button add = button(Material2OutlinedAL.ADD, "products.action.new", "products-new");
        add.setText(i18n.get("products.action.new"));
        add.getStyleClass().remove("flat");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            module.editor().newProduct();
            new ProductEditorDialog(module.editor(), module.renditions(), i18n).show(add);
        });
        Button edit = button(Material2OutlinedAL.EDIT, "products.action.edit", "products-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> {
            module.editor().open(table.getSelectionModel().getSelectedItem().productId());
            new ProductEditorDialog(module.editor(), module.renditions(), i18n).show(edit);
        });
        Button stock = button(Material2OutlinedMZ.MOVE_TO_INBOX, "products.action.stock", "products-stock");
        stock.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        stock.setOnAction(e -> openStock(table.getSelectionModel().getSelectedItem(), stock));
        Button delete = button(Material2OutlinedAL.DELETE_OUTLINE, "products.action.delete", "products-delete");
        delete.disableProperty().bind(Bindings.isEmpty(vm.selected()));
        delete.setOnAction(e -> {
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    i18n.format("products.delete.confirm", vm.selectedProductCount()),
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            Dialogs.ownedBy(confirm, delete.getScene().getWindow());
            confirm.setHeaderText(null);
            confirm.setTitle(i18n.get("products.action.delete"));
            confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                    .ifPresent(b -> vm.deleteSelectedProducts());
        });
        Button importCsv = button(Material2OutlinedAL.FILE_UPLOAD, "products.action.import", "products-import");
        importCsv.setOnAction(e -> {
            FileChooser chooser = csvChooser("products.csv.chooseImport");
            File file = chooser.showOpenDialog(importCsv.getScene().getWindow());
            if (file != null) {
                module.csv().read(file.toPath());
                new CsvPreviewDialog(module.csv(), i18n).show(importCsv);
            }
        });
        Button exportCsv = button(Material2OutlinedAL.GET_APP, "products.action.export", "products-export");
        exportCsv.setOnAction(e -> {
            FileChooser chooser = csvChooser("products.csv.chooseExport");
            chooser.setInitialFileName(i18n.get("products.csv.fileName") + ".csv");
            File file = chooser.showSaveDialog(exportCsv.getScene().getWindow());
            if (file != null) {
                module.csv().export(file.toPath());
            }
        });

        TextField percent = new TextField();
        percent.setId("products-bulk-percent");
        percent.setPromptText(i18n.get("products.bulk.percentPrompt"));
        percent.setPrefColumnCount(6);
        Button applyPercent = new Button(i18n.get("products.bulk.applyPercent"));
        applyPercent.setId("products-bulk-price");
        applyPercent.setOnAction(e -> {
            if (vm.bulkPrice(percent.getText())) {
                percent.clear();
            }
        });
        ComboBox<ProductStatus> status = statusBox(false);
        status.setId("products-bulk-status");
        status.setPromptText(i18n.get("products.bulk.statusPrompt"));
        status.setOnAction(e -> {
            if (status.getValue() != null) {
                vm.bulkStatus(status.getValue());
                javafx.application.Platform.runLater(() -> status.setValue(null));
            }
        });
        HBox bulk = new HBox(6, new Label(i18n.get("products.bulk.title")), percent, applyPercent, status);
        bulk.setAlignment(Pos.CENTER_LEFT);
        bulk.disableProperty().bind(Bindings.isEmpty(vm.selected()));

        Button undo = button(Material2OutlinedMZ.UNDO, "products.action.undo", "products-undo");
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = button(Material2OutlinedMZ.REDO, "products.action.redo", "products-redo");
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());

        HBox bar = new HBox(6, add, edit, stock, delete, new Separator(javafx.geometry.Orientation.VERTICAL), importCsv,
                exportCsv, new Separator(javafx.geometry.Orientation.VERTICAL), bulk, spacer(), undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("products-toolbar");
        return bar;
    }

    private Node filters() {
        TextField search = new TextField();
        search.setId("products-search");
        search.setPromptText(i18n.get("products.list.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(22);
        ComboBox<ProductStatus> status = statusBox(true);
        status.setId("products-status-filter");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        CheckBox low = new CheckBox(i18n.get("products.list.lowOnly"));
        low.setId("products-low-only");
        low.selectedProperty().bindBidirectional(vm.lowOnlyProperty());
        Label count = new Label();
        count.setId("products-count");
        count.getStyleClass().add("products-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("products.list.count", vm.totalProperty().get()), vm.totalProperty()));
        Button prev = button(Material2OutlinedAL.CHEVRON_LEFT, "products.list.previous", "products-prev");
        prev.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        prev.setOnAction(e -> vm.previousPage());
        Button next = button(Material2OutlinedAL.CHEVRON_RIGHT, "products.list.next", "products-next");
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.pageProperty().get() + 1 >= vm.pageCount(),
                vm.pageProperty(), vm.totalProperty()));
        next.setOnAction(e -> vm.nextPage());
        Label page = new Label();
        page.setId("products-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("products.list.page",
                vm.pageProperty().get() + 1, vm.pageCount()), vm.pageProperty(), vm.totalProperty()));
        page.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, search, status, low, spacer(), count, prev, page, next);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("products-filters");
        return row;
    }

    private Node lowStockPane(TableView<SkuRow> table) {
        Label title = new Label();
        title.setId("products-low-title");
        title.getStyleClass().add("products-section-title");
        title.setGraphic(Icons.of(Material2OutlinedMZ.WARNING, 16));
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("products.low.title",
                vm.lowStockCountProperty().get()), vm.lowStockCountProperty()));
        ListView<SkuRow> list = new ListView<>(vm.lowStock());
        list.setId("products-low-list");
        list.setPlaceholder(new Label(i18n.get("products.low.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SkuRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(item.displayName());
                name.setMinWidth(0);
                Label stock = new Label(item.outOfStock() ? i18n.get("products.low.soldOut")
                        : i18n.format("products.low.left", item.stock(), item.lowStockThreshold()));
                stock.getStyleClass().add(item.outOfStock() ? "products-danger" : "products-warning");
                VBox box = new VBox(2, name, stock);
                box.setMinWidth(0);
                setPrefWidth(0);
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            SkuRow row = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                openStock(row, list);
            }
        });
        VBox box = new VBox(8, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("products-low-pane");
        box.setPrefWidth(240);
        box.setMinWidth(220);
        return box;
    }

    private void openStock(SkuRow row, Node owner) {
        module.stock().open(row);
        new StockDialog(module.stock(), i18n).show(owner);
    }

    private ComboBox<ProductStatus> statusBox(boolean withAll) {
        ComboBox<ProductStatus> box = new ComboBox<>();
        if (withAll) {
            box.getItems().add(null);
        }
        box.getItems().addAll(ProductStatus.values());
        javafx.util.StringConverter<ProductStatus> converter = new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProductStatus s) {
                return s == null ? i18n.get("products.status.all") : i18n.get("products.status." + s.name());
            }

            @Override
            public ProductStatus fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ProductStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null && !withAll ? box.getPromptText() : converter.toString(item));
            }
        });
        return box;
    }

    private Button button(Ikon icon, String key, String id) {
        Button b = new Button(null, Icons.of(icon, 16));
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.getStyleClass().add("flat");
        return b;
    }

    private FileChooser csvChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("products.csv.filter"), "*.csv"));
        return chooser;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
