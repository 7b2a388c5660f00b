package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.Metric;
import com.hongshu.studio.core.stats.NoteOrder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The notes with their totals since publishing, sortable by any column; double-click opens the note. */
final class NotesTable {

    private final TableView<NoteRow> table = new TableView<>();
    private final I18n i18n;
    private final Formats fmt;
    private final ZoneId zone;
    private final List<TableColumn<NoteRow, ?>> exportOrder = new ArrayList<>();

    NotesTable(DashboardViewModel vm, I18n i18n, Formats fmt, ZoneId zone) {
        this.i18n = i18n;
        this.fmt = fmt;
        this.zone = zone;
        table.setId("dashboard-notes");
        Label empty = new Label(i18n.get("dashboard.notes.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<NoteRow, String> title = new TableColumn<>(i18n.get("dashboard.notes.title"));
        title.setId("col-title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(220);
        TableColumn<NoteRow, String> published = new TableColumn<>(i18n.get("dashboard.notes.published"));
        published.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stats().publishedAt() == null ? ""
                : c.getValue().stats().publishedAt().atZone(zone).toLocalDate().toString()));
        published.setMinWidth(96); // a whole yyyy-MM-dd, never "2026-02..."
        table.getColumns().add(title);
        table.getColumns().add(published);
        exportOrder.add(title);
        exportOrder.add(published);
        TableColumn<NoteRow, Long> views = null;
        for (Metric m : Metric.values()) {
            TableColumn<NoteRow, Long> col = number(i18n.get("dashboard.metric." + m.name()), r -> r.get(m));
            col.setId("col-" + m.name().toLowerCase());
            if (m == Metric.VIEWS) {
                views = col;
            }
            col.setUserData(NoteOrder.of(m));
            table.getColumns().add(col);
            exportOrder.add(col);
        }
        TableColumn<NoteRow, Double> rate = new TableColumn<>(i18n.get("dashboard.notes.rate"));
        rate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stats().engagementRate()));
        rate.setCellFactory(c -> cell(v -> fmt.percent(v)));
        TableColumn<NoteRow, Long> avg = number(i18n.get("dashboard.notes.avgView"), r -> r.stats().avgViewMillis());
        avg.setCellFactory(c -> cell(v -> fmt.seconds(v)));
        TableColumn<NoteRow, Long> stock = new TableColumn<>(i18n.get("dashboard.notes.stock"));
        stock.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stock()));
        stock.setCellFactory(c -> cell(fmt::count));
        TableColumn<NoteRow, Integer> flagged = new TableColumn<>("⚠");
        flagged.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stats().flaggedDays()));
        flagged.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                boolean show = !isEmpty && v != null && v > 0;
                setText(show ? "⚠ " + v : null);
                setTooltip(show ? new Tooltip(i18n.format("dashboard.notes.flagged", v)) : null);
            }
        });
        title.setUserData(NoteOrder.TITLE);
        published.setUserData(NoteOrder.PUBLISHED);
        rate.setUserData(NoteOrder.ENGAGEMENT_RATE);
        avg.setUserData(NoteOrder.AVG_VIEW_TIME);
        flagged.setUserData(NoteOrder.FLAGGED_DAYS);
        table.getColumns().addAll(List.of(rate, avg, stock, flagged));
        exportOrder.addAll(List.of(rate, avg, stock, flagged));
        SortedList<NoteRow> sorted = new SortedList<>(vm.notes());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        views.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(views);
        // The store sorts and returns the top rows; the sorted list keeps the loaded rows in the same order.
        table.setOnSort(e -> {
            if (!table.getSortOrder().isEmpty()
                    && table.getSortOrder().get(0).getUserData() instanceof NoteOrder order) {
                vm.sortNotes(order, table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING);
            }
        });
        table.setRowFactory(t -> {
            TableRow<NoteRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
    }

    private TableColumn<NoteRow, Long> number(String name, Function<NoteRow, Long> value) {
        TableColumn<NoteRow, Long> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> cell(fmt::count));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    private static <T> TableCell<NoteRow, T> cell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty ? null : v == null ? "—" : format.apply(v));
            }
        };
    }

    TableView<NoteRow> node() {
        return table;
    }

    /** The table as shown (sorted as the user sorted it), as text for CSV and the report. */
    List<String> header() {
        return exportOrder.stream().map(c -> c.getText().equals("⚠") ? i18n.get("dashboard.notes.flaggedHeader")
                : c.getText()).toList();
    }

    List<List<String>> rows(int limit) {
        List<List<String>> out = new ArrayList<>();
        for (NoteRow r : table.getItems()) {
            if (out.size() >= limit) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (TableColumn<NoteRow, ?> c : exportOrder) {
                Object v = c.getCellData(r);
                cells.add(v == null ? "" : v instanceof Double d ? fmt.percent(d) : v.toString());
            }
            out.add(cells);
        }
        return out;
    }
}
