package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.products.Money;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The product editor as a dialog: fields with live counters, images, variant axes and the SKU grid, rule messages. */
final class ProductEditorDialog {

    private final ProductEditorViewModel vm;
    private final Renditions renditions;
    private final I18n i18n;

    ProductEditorDialog(ProductEditorViewModel vm, Renditions renditions, I18n i18n) {
        this.vm = vm;
        this.renditions = renditions;
        this.i18n = i18n;
    }

    void show(Node owner) {
        TextField name = field("products-editor-name", vm.nameProperty());
        TextField shortTitle = field("products-editor-short-title", vm.shortTitleProperty());
        Label shortCount = counter(Bindings.createStringBinding(() -> i18n.format("products.editor.shortCount",
                vm.shortTitleCountProperty().get()), vm.shortTitleCountProperty()));
        TextField category = field("products-editor-category", vm.categoryProperty());
        ComboBox<ProductStatus> status = new ComboBox<>();
        status.setId("products-editor-status");
        status.getItems().addAll(ProductStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProductStatus s) {
                return s == null ? "" : i18n.get("products.status." + s.name());
            }

            @Override
            public ProductStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        TextArea description = new TextArea();
        description.setId("products-editor-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Label descCount = counter(Bindings.createStringBinding(() -> i18n.format("products.editor.descCount",
                vm.descriptionCountProperty().get()), vm.descriptionCountProperty()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("products.editor.name"), name, label("products.editor.category"), category);
        form.addRow(1, label("products.editor.shortTitle"), new HBox(6, shortTitle, shortCount),
                label("products.editor.status"), status);
        form.addRow(2, label("products.editor.description"), description);
        GridPane.setColumnSpan(description, 3);
        form.add(descCount, 1, 3, 3, 1);
        if (vm.account() != null) {
            javafx.scene.layout.StackPane picker = com.hongshu.studio.app.accounts.AccountPicker.build(vm.account(),
                    i18n, "products-editor-account");
            picker.setMaxWidth(320);
            form.addRow(4, label("accounts.product.account"), picker);
        }
        HBox.setHgrow(shortTitle, Priority.ALWAYS);
        GridPane.setHgrow(name, Priority.ALWAYS);

        VBox content = new VBox(12, form, images(), variants(), skuTable(), violations());
        content.getStyleClass().add("products-editor");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(1000, 680);

        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner.getScene().getWindow());
        dialog.setTitle(i18n.get("products.editor.title"));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(i18n.get("products.editor.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.get("products.editor.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, close);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(ProductsView.CSS);
        // a dialog is a scene of its own: give it the CJK font the main window uses
        dialog.getDialogPane().setPrefSize(1040, 760);
        dialog.getDialogPane().setMinWidth(960);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("products-editor-save");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume(); // keep the dialog, and everything typed, open
            }
        });
        dialog.setOnHidden(e -> vm.close());
        dialog.show();
    }

    private Node images() {
        FlowPane chosen = new FlowPane(6, 6);
        chosen.setId("products-editor-images");
        Runnable render = () -> chosen.getChildren().setAll(vm.imageIds().stream().map(id -> {
            MediaItem item = vm.mediaChoices().stream().filter(m -> m.id() == id).findFirst().orElse(null);
            Button remove = new Button(null, Icons.of(Material2OutlinedAL.CLOSE, 12));
            remove.getStyleClass().addAll("flat", "products-image-remove");
            remove.setOnAction(e -> vm.removeImage(id));
            VBox tile = new VBox(2, thumb(item, 72), remove);
            tile.setAlignment(Pos.CENTER);
            return (Node) tile;
        }).toList());
        vm.imageIds().addListener((ListChangeListener<Long>) c -> render.run());
        vm.mediaChoices().addListener((ListChangeListener<MediaItem>) c -> render.run());
        vm.loadMedia();
        render.run();

        ListView<MediaItem> library = new ListView<>(vm.mediaChoices());
        library.setId("products-editor-library");
        library.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        library.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        library.setPrefHeight(104);
        library.setPlaceholder(new Label(i18n.get("products.editor.noMedia")));
        library.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MediaItem item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : thumb(item, 72));
            }
        });
        Button add = new Button(i18n.get("products.editor.addImages"));
        add.setId("products-editor-add-images");
        add.disableProperty().bind(library.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> List.copyOf(library.getSelectionModel().getSelectedItems())
                .forEach(m -> vm.addImage(m.id())));
        HBox pick = new HBox(8, library, add);
        HBox.setHgrow(library, Priority.ALWAYS);
        pick.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, label("products.editor.images"), chosen, pick);
    }

    private Node thumb(MediaItem item, int size) {
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        if (item != null) {
            Path t = renditions.thumb(item);
            if (Files.exists(t)) {
                view.setImage(new Image(t.toUri().toString(), size * 2, size * 2, true, true, true));
            }
        }
        return view;
    }

    private Node variants() {
        TextField axis1 = field("products-editor-axis1", vm.axis1NameProperty());
        TextField values1 = field("products-editor-values1", vm.axis1ValuesProperty());
        TextField axis2 = field("products-editor-axis2", vm.axis2NameProperty());
        TextField values2 = field("products-editor-values2", vm.axis2ValuesProperty());
        values1.setPromptText(i18n.get("products.editor.valuesPrompt"));
        values2.setPromptText(i18n.get("products.editor.valuesPrompt"));
        axis1.setPrefColumnCount(6);
        axis2.setPrefColumnCount(6);
        TextField price = field("products-editor-default-price", vm.defaultPriceProperty());
        TextField original = field("products-editor-default-original", vm.defaultOriginalProperty());
        TextField prefix = field("products-editor-prefix", vm.codePrefixProperty());
        price.setPrefColumnCount(7);
        original.setPrefColumnCount(7);
        prefix.setPrefColumnCount(8);
        Button generate = new Button(i18n.get("products.editor.generate"));
        generate.setId("products-editor-generate");
        generate.setOnAction(e -> vm.generateGrid());
        generate.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        for (TextField f : List.of(price, original, prefix)) {
            f.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("products.editor.axis"), axis1, values1);
        grid.addRow(1, label("products.editor.axis"), axis2, values2);
        GridPane.setHgrow(values1, Priority.ALWAYS);
        HBox defaults = new HBox(8, label("products.editor.defaultPrice"), price, label("products.editor.defaultOriginal"),
                original, label("products.editor.prefix"), prefix, generate);
        defaults.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, label("products.editor.variants"), grid, defaults);
    }

    private Node skuTable() {
        TableView<Sku> table = new TableView<>(vm.skus());
        table.setId("products-editor-skus");
        table.setEditable(true);
        table.setPrefHeight(240);
        table.setPlaceholder(new Label(i18n.get("products.editor.noSkus")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Sku, String> variant = column("products.column.variant", Sku::variantLabel, null);
        variant.setEditable(false);
        table.getColumns().addAll(List.of(variant,
                column("products.column.erpCode", Sku::erpCode, vm::setSkuErpCode),
                column("products.column.barcode", Sku::barcode, vm::setSkuBarcode),
                column("products.column.price", s -> Money.plain(s.priceFen()), vm::setSkuPrice),
                column("products.column.originalPrice", s -> Money.plain(s.originalPriceFen()),
                        vm::setSkuOriginalPrice),
                column("products.column.stock", s -> Long.toString(s.stock()), vm::setSkuStock),
                column("products.column.threshold", s -> Integer.toString(s.lowStockThreshold()),
                        vm::setSkuThreshold)));
        return table;
    }

    private TableColumn<Sku, String> column(String key, Function<Sku, String> value,
                                            BiPredicate<Integer, String> edit) {
        TableColumn<Sku, String> col = new TableColumn<>(i18n.get(key));
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        if (edit != null) {
            col.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
            col.setOnEditCommit(e -> {
                if (!edit.test(e.getTablePosition().getRow(), e.getNewValue())) {
                    e.getTableView().refresh();
                }
            });
        }
        return col;
    }

    private Node violations() {
        VBox box = new VBox(4);
        box.setId("products-editor-violations");
        Runnable render = () -> box.getChildren().setAll(vm.violations().stream().map(v -> {
            Label l = new Label(v, Icons.of(Material2OutlinedAL.ERROR_OUTLINE, 14));
            l.setWrapText(true);
            l.getStyleClass().add("products-danger");
            return (Node) l;
        }).toList());
        vm.violations().addListener((ListChangeListener<String>) c -> render.run());
        render.run();
        return box;
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("products-field-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label counter(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("products-muted");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
