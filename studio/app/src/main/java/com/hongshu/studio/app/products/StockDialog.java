package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.SkuRow;
import com.hongshu.studio.core.products.StockMovement;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One SKU's stock: record a movement with a note; its ledger as a table and its balance over time as a chart. */
final class StockDialog {

    static final int CHART_POINTS = 60;
    private static final double DAY_MS = 86_400_000.0;

    private final StockViewModel vm;
    private final I18n i18n;
    private final DateTimeFormatter format;

    StockDialog(StockViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
    }

    void show(Node owner) {
        Label header = new Label();
        header.setId("products-stock-header");
        header.getStyleClass().add("products-section-title");
        header.setWrapText(true);
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            SkuRow r = vm.skuProperty().get();
            if (r == null) {
                return "";
            }
            String text = i18n.format("products.stock.header", r.displayName(), r.erpCode(), r.stock());
            long held = vm.heldProperty().get();
            return held == 0 ? text : text + "\n" + i18n.format("products.stock.held", held, r.stock() - held);
        }, vm.skuProperty(), vm.heldProperty()));

        ComboBox<MovementKind> kind = new ComboBox<>();
        kind.setId("products-stock-kind");
        kind.getItems().addAll(MovementKind.RESTOCK, MovementKind.SALE, MovementKind.RETURN, MovementKind.CORRECTION);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MovementKind k) {
                return k == null ? "" : i18n.get("products.movement." + k.name());
            }

            @Override
            public MovementKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField quantity = new TextField();
        quantity.setId("products-stock-quantity");
        quantity.setPrefColumnCount(6);
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.promptTextProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                vm.kindProperty().get() == MovementKind.CORRECTION ? "products.stock.countedPrompt"
                        : "products.stock.amountPrompt"), vm.kindProperty()));
        TextField note = new TextField();
        note.setId("products-stock-note");
        note.setPromptText(i18n.get("products.stock.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button record = new Button(i18n.get("products.stock.record"));
        record.setId("products-stock-record");
        record.getStyleClass().add("accent");
        record.setDefaultButton(true);
        record.setOnAction(e -> vm.apply());
        HBox form = new HBox(8, kind, quantity, note, record);
        form.setAlignment(Pos.CENTER_LEFT);

        TableView<StockMovement> table = new TableView<>(vm.history());
        table.setId("products-ledger");
        table.setPlaceholder(new Label(i18n.get("products.stock.noHistory")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                col("products.ledger.at", m -> format.format(m.at())),
                col("products.ledger.kind", m -> i18n.get("products.movement." + m.kind().name())),
                col("products.ledger.quantity", m -> (m.quantity() > 0 ? "+" : "") + m.quantity()),
                col("products.ledger.balance", m -> Long.toString(m.balanceAfter())),
                col("products.ledger.note", StockMovement::note)));
        table.setPrefHeight(220);

        NumberAxis x = new NumberAxis(); // days since the epoch, labelled as dates
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M/d").withZone(ZoneId.systemDefault());
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return day.format(java.time.Instant.ofEpochMilli((long) (n.doubleValue() * DAY_MS)));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("products-ledger-chart");
        chart.setTitle(i18n.get("products.ledger.balance"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(220);
        Runnable plot = () -> {
            List<StockMovement> h = new ArrayList<>(vm.history().subList(0, Math.min(CHART_POINTS,
                    vm.history().size())));
            java.util.Collections.reverse(h);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            for (StockMovement m : h) {
                series.getData().add(new XYChart.Data<>(m.at().toEpochMilli() / DAY_MS, m.balanceAfter()));
            }
            chart.getData().setAll(List.of(series));
        };
        vm.history().addListener((ListChangeListener<StockMovement>) c -> plot.run());
        plot.run();

        VBox content = new VBox(10, header, form, chart, table);
        content.setPrefWidth(760);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner.getScene().getWindow());
        dialog.setTitle(i18n.get("products.stock.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(760);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("products.editor.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(ProductsView.CSS);
        // a dialog is a scene of its own: give it the CJK font the main window uses
        dialog.show();
    }

    private TableColumn<StockMovement, String> col(String key, Function<StockMovement, String> value) {
        TableColumn<StockMovement, String> c = new TableColumn<>(i18n.get(key));
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
