package com.hongshu.studio.app.sync;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Sync screen: accounts, notes that need the user, and the queue. Built in code over {@link SyncViewModel}. */
public final class SyncView {

    private final SyncViewModel vm;
    private final I18n i18n;
    private final Consumer<URI> browser;

    public SyncView(SyncViewModel vm, I18n i18n, Consumer<URI> browser) {
        this.vm = vm;
        this.i18n = i18n;
        this.browser = browser;
    }

    public Node build() {
        Label title = new Label(i18n.get("sync.title"));
        title.getStyleClass().add("title-2");
        Button now = new Button(i18n.get("sync.now"), Icons.of(Material2OutlinedMZ.SYNC));
        now.setId("sync-now");
        now.setOnAction(e -> vm.syncNow());
        Button connect = new Button(i18n.get("sync.connect"), Icons.of(Material2OutlinedAL.LINK));
        connect.setId("sync-connect");
        connect.setOnAction(e -> new ConnectAccountDialog(vm, i18n, browser).show(connect.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, grace(), now, connect);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox box = new VBox(12, header, section("sync.accounts"), accounts(), section("sync.attention"), attention(),
                section("sync.queue"), queue());
        box.setPadding(new Insets(24));
        return box;
    }

    private Node grace() {
        javafx.scene.control.Spinner<Integer> minutes = new javafx.scene.control.Spinner<>(0, 24 * 60,
                vm.graceMinutes().get(), 5);
        minutes.setId("sync-grace");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        vm.graceMinutes().addListener((o, a, b) -> minutes.getValueFactory().setValue(b.intValue()));
        minutes.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.graceMinutes().get()) {
                vm.saveGraceMinutes(b);
            }
        });
        Label label = new Label(i18n.get("sync.grace"));
        label.setTooltip(new javafx.scene.control.Tooltip(i18n.get("sync.grace.hint")));
        HBox box = new HBox(6, label, minutes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private Label section(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private Node accounts() {
        TableView<SyncViewModel.AccountRow> table = new TableView<>(vm.accounts());
        table.setId("sync-accounts");
        table.setPrefHeight(150); // two accounts and a third row without a scroll bar
        table.setMinHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("sync.accounts.none")));
        table.getColumns().add(column("sync.col.account", SyncViewModel.AccountRow::name, 180));
        table.getColumns().add(column("sync.col.state", SyncViewModel.AccountRow::state, 160));
        table.getColumns().add(zoneColumn());
        table.getColumns().add(column("sync.col.lastSync", SyncViewModel.AccountRow::lastSync, 150));
        table.getColumns().add(column("sync.col.reason", SyncViewModel.AccountRow::reason, 200));
        TableColumn<SyncViewModel.AccountRow, SyncViewModel.AccountRow> act = actions("sync.col.actions", row -> {
            if (!row.paused()) {
                return new HBox();
            }
            Button resume = new Button(i18n.get("sync.resume"));
            resume.getStyleClass().add("small");
            resume.setOnAction(e -> vm.resume(row.id()));
            return new HBox(resume);
        });
        table.getColumns().add(act);
        return table;
    }

    /** Each account's time zone, changed in place (a ComboBox of IANA ids, Asia/Shanghai first, type to jump). */
    private TableColumn<SyncViewModel.AccountRow, SyncViewModel.AccountRow> zoneColumn() {
        java.util.List<String> zones = com.hongshu.studio.app.accounts.AccountZones.choices();
        TableColumn<SyncViewModel.AccountRow, SyncViewModel.AccountRow> c = actions("accounts.sync.zone", row -> {
            javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>(
                    javafx.collections.FXCollections.observableArrayList(zones));
            box.setId("sync-zone-" + row.id());
            box.getStyleClass().add("small");
            box.setEditable(true);
            box.setValue(row.zone());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setTooltip(new javafx.scene.control.Tooltip(i18n.get("accounts.sync.zoneHint")));
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(row.zone())) {
                    vm.setZone(row.id(), box.getValue());
                }
            });
            return box;
        });
        c.setPrefWidth(190);
        return c;
    }

    private Node attention() {
        ListView<SyncViewModel.AttentionRow> list = new ListView<>(vm.attention());
        list.setId("sync-attention");
        list.setFixedCellSize(30);
        list.setPrefHeight(3 * 30 + 4);
        list.setMinHeight(3 * 30 + 4);
        list.setPlaceholder(new Label(i18n.get("sync.attention.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SyncViewModel.AttentionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title() + " · " + r.state()
                        + (r.message().isBlank() ? "" : " — " + r.message()));
            }
        });
        return list;
    }

    private Node queue() {
        TableView<SyncViewModel.OperationRow> table = new TableView<>(vm.queue());
        table.setId("sync-queue");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("sync.queue.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getColumns().add(column("sync.col.what", SyncViewModel.OperationRow::what, 150));
        table.getColumns().add(column("sync.col.account", SyncViewModel.OperationRow::account, 130));
        table.getColumns().add(column("sync.col.state", SyncViewModel.OperationRow::state, 110));
        table.getColumns().add(column("sync.col.updated", SyncViewModel.OperationRow::updated, 130));
        table.getColumns().add(actions("sync.col.actions", row -> {
            HBox box = new HBox(4);
            if (row.retryable()) {
                Button retry = new Button(i18n.get("sync.retry"));
                retry.getStyleClass().add("small");
                retry.setOnAction(e -> vm.retry(row.id()));
                box.getChildren().add(retry);
            }
            if (row.cancellable()) {
                Button cancel = new Button(i18n.get("sync.cancel"));
                cancel.getStyleClass().add("small");
                cancel.setOnAction(e -> vm.cancel(row.id()));
                box.getChildren().add(cancel);
            }
            return box;
        }));
        table.getColumns().add(column("sync.col.error", SyncViewModel.OperationRow::error, 260));
        return table;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private <R> TableColumn<R, R> actions(String key, Function<R, Node> cell) {
        TableColumn<R, R> c = new TableColumn<>(i18n.get(key));
        c.setPrefWidth(150);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : cell.apply(row));
            }
        });
        return c;
    }
}
