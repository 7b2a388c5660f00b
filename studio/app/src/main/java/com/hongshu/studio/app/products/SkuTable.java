package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.products.Money;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.SkuSort;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * The SKU table over one page of rows. Sorting a column asks the database (the table never sorts the page itself);
 * price and stock are edited in place and checked by the view model, which refuses bad input with a message.
 */
final class SkuTable {

    private final ProductsViewModel vm;
    private final I18n i18n;

    SkuTable(ProductsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    TableView<SkuRow> build() {
        TableView<SkuRow> table = new TableView<>(vm.rows());
        table.setId("products-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(i18n.get("products.list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<SkuRow, String> name = text("products.column.product", SkuRow::productName, SkuSort.NAME);
        name.setPrefWidth(200);
        TableColumn<SkuRow, String> variant = text("products.column.variant", SkuRow::variant, null);
        TableColumn<SkuRow, String> erp = text("products.column.erpCode", SkuRow::erpCode, SkuSort.ERP_CODE);
        TableColumn<SkuRow, String> barcode = text("products.column.barcode", SkuRow::barcode, null);
        erp.setPrefWidth(100);
        barcode.setPrefWidth(130);
        variant.setPrefWidth(90);
        TableColumn<SkuRow, String> price = text("products.column.price", r -> Money.format(r.priceFen()),
                SkuSort.PRICE);
        price.setId("products-col-price");
        price.setEditable(true);
        price.setCellFactory(c -> editableCell());
        price.setOnEditCommit(e -> {
            if (!vm.editPrice(e.getRowValue(), e.getNewValue())) {
                table.refresh();
            }
        });
        TableColumn<SkuRow, String> original = text("products.column.originalPrice",
                r -> Money.format(r.originalPriceFen()), null);
        TableColumn<SkuRow, String> stock = text("products.column.stock", r -> Long.toString(r.stock()),
                SkuSort.STOCK);
        stock.setId("products-col-stock");
        stock.setEditable(true);
        stock.setCellFactory(c -> editableCell());
        stock.setOnEditCommit(e -> {
            if (!vm.editStock(e.getRowValue(), e.getNewValue())) {
                table.refresh();
            }
        });
        TableColumn<SkuRow, String> threshold = text("products.column.threshold",
                r -> Integer.toString(r.lowStockThreshold()), null);
        TableColumn<SkuRow, String> status = text("products.column.status", vm::statusText, SkuSort.STATUS);
        status.setMinWidth(64);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a narrow column cuts "在售 · 未确认" short; the whole status is one hover away
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        table.getColumns().addAll(java.util.List.of(name, variant, erp, barcode, price, original, stock, threshold,
                status));

        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortProperty().set(SkuSort.NAME);
                vm.descendingProperty().set(false);
            } else {
                TableColumn<SkuRow, ?> col = t.getSortOrder().get(0);
                vm.sortProperty().set((SkuSort) col.getUserData());
                vm.descendingProperty().set(col.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SkuRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(LOW, !empty && item != null && item.lowStock() && !item.outOfStock());
                pseudoClassStateChanged(OUT, !empty && item != null && item.outOfStock());
            }
        });
        // the selection lives in the view model (bulk edits, and kept across a refresh); the table mirrors it
        boolean[] syncing = {false};
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SkuRow>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                vm.selected().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(SkuRow::skuId).toList());
                syncing[0] = false;
            }
        });
        vm.selected().addListener((ListChangeListener<Long>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (vm.selected().contains(table.getItems().get(i).skuId())) {
                    table.getSelectionModel().select(i);
                }
            }
            syncing[0] = false;
        });
        return table;
    }

    private static final javafx.css.PseudoClass LOW = javafx.css.PseudoClass.getPseudoClass("low");
    private static final javafx.css.PseudoClass OUT = javafx.css.PseudoClass.getPseudoClass("out");

    private TableCell<SkuRow, String> editableCell() {
        TextFieldTableCell<SkuRow, String> cell = new TextFieldTableCell<>(new DefaultStringConverter());
        cell.getStyleClass().add("products-editable");
        return cell;
    }

    private TableColumn<SkuRow, String> text(String key, Function<SkuRow, String> value, SkuSort sort) {
        TableColumn<SkuRow, String> col = new TableColumn<>(i18n.get(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setUserData(sort);
        col.setSortable(sort != null);
        col.setEditable(false);
        return col;
    }
}
