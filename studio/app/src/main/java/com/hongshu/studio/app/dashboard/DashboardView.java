package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.stats.Metric;
import com.hongshu.studio.core.stats.PeriodChoice;
import java.io.File;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The dashboard screen, built in code over its long-lived view model. */
public final class DashboardView {

    static final String CSS = DashboardView.class.getResource("/css/dashboard.css").toExternalForm();

    private final DashboardViewModel vm;
    private final StatsImportModel importer;
    private final DashboardExports exports;
    private final I18n i18n;
    private final Formats fmt;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();

    public DashboardView(DashboardViewModel vm, StatsImportModel importer, DashboardExports exports, I18n i18n,
                         ZoneId zone) {
        this.vm = vm;
        this.importer = importer;
        this.exports = exports;
        this.i18n = i18n;
        this.fmt = new Formats(i18n);
        this.zone = zone;
    }

    public Node build() {
        root.getStylesheets().add(CSS);
        root.getStyleClass().add("dashboard");
        root.setId("dashboard");
        KpiCards kpis = new KpiCards(i18n, fmt);
        TrendChart trend = new TrendChart(i18n, fmt);
        NotesTable notes = new NotesTable(vm, i18n, fmt, zone);
        NoteDetailPane detail = new NoteDetailPane(vm, i18n, fmt);
        Heatmap heatmap = new Heatmap(i18n, fmt);
        Label periodLabel = new Label();
        periodLabel.setId("dashboard-period");
        periodLabel.getStyleClass().add("dashboard-muted");

        root.setTop(new VBox(toolbar(periodLabel, trend, notes), importBar()));

        ComboBox<Metric> metric = new ComboBox<>();
        metric.getItems().setAll(Metric.values());
        metric.setConverter(names("dashboard.metric."));
        metric.valueProperty().bindBidirectional(vm.chartMetricProperty());
        Label trendTitle = new Label(i18n.get("dashboard.chart.title"));
        trendTitle.getStyleClass().add("title-4");
        HBox trendHead = new HBox(12, trendTitle, metric);
        trendHead.setAlignment(Pos.CENTER_LEFT);
        VBox trendCard = new VBox(6, trendHead, trend.node());
        trendCard.getStyleClass().add("dashboard-card");

        Label notesTitle = new Label(i18n.get("dashboard.notes.heading"));
        notesTitle.getStyleClass().add("title-4");
        notes.node().setPrefHeight(360);
        VBox.setVgrow(notes.node(), Priority.ALWAYS);
        Label notesShown = new Label();
        notesShown.getStyleClass().add("dashboard-muted");
        notesShown.setWrapText(true);
        Runnable shown = () -> notesShown.setText(i18n.format("dashboard.notes.shown", vm.notes().size(),
                vm.noteCountProperty().get()));
        vm.noteCountProperty().addListener((o, a, b) -> shown.run());
        vm.notes().addListener((javafx.collections.ListChangeListener<NoteRow>) c -> shown.run());
        shown.run();
        VBox notesCard = new VBox(6, notesTitle, notesShown, notes.node());
        notesCard.getStyleClass().add("dashboard-card");
        HBox.setHgrow(notesCard, Priority.ALWAYS);
        HBox notesRow = new HBox(12, notesCard, detail.node());

        VBox content = new VBox(12, kpis.node(), trendCard, notesRow, heatmap.node());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        StackPane center = new StackPane(scroll, emptyState());
        root.setCenter(center);

        Runnable render = () -> {
            DashboardData d = vm.dataProperty().get();
            if (d == null) {
                return;
            }
            kpis.show(d.text().kpis());
            trend.show(d, vm.chartMetricProperty().get());
            heatmap.show(d.slots());
            periodLabel.setText(d.text().period());
        };
        vm.dataProperty().addListener((obs, old, now) -> render.run());
        vm.chartMetricProperty().addListener((obs, old, now) -> render.run());
        render.run();
        importer.previewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                if (ImportPreviewDialog.confirm(root.getScene().getWindow(), now, importer.fileNameProperty().get(),
                        i18n)) {
                    importer.confirm();
                } else {
                    importer.discard();
                }
            }
        });
        return root;
    }

    private Node toolbar(Label periodLabel, TrendChart trend, NotesTable notes) {
        Label title = new Label(i18n.get("dashboard.title"));
        title.getStyleClass().add("title-3");
        ToggleGroup group = new ToggleGroup();
        HBox periods = new HBox();
        periods.getStyleClass().add("dashboard-periods");
        DatePicker from = new DatePicker(vm.customFromProperty().get());
        DatePicker to = new DatePicker(vm.customToProperty().get());
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.setId("dashboard-custom-from");
        to.setId("dashboard-custom-to");
        HBox custom = new HBox(6, from, new Label("–"), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(vm.choiceProperty().isEqualTo(PeriodChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        vm.customFromProperty().addListener((o, a, b) -> from.setValue(b));
        vm.customToProperty().addListener((o, a, b) -> to.setValue(b));
        from.valueProperty().addListener((o, a, b) -> vm.setCustom(from.getValue(), to.getValue()));
        to.valueProperty().addListener((o, a, b) -> vm.setCustom(from.getValue(), to.getValue()));
        for (PeriodChoice c : PeriodChoice.values()) {
            ToggleButton b = new ToggleButton(i18n.get("dashboard.period." + c.name()));
            b.setId("period-" + c.name().toLowerCase());
            b.setToggleGroup(group);
            b.setSelected(vm.choiceProperty().get() == c);
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.choiceProperty().set(c);
            });
            periods.getChildren().add(b);
        }
        vm.choiceProperty().addListener((obs, old, now) -> group.getToggles().forEach(t ->
                t.setSelected(((ToggleButton) t).getId().equals("period-" + now.name().toLowerCase()))));
        Button importButton = new Button(i18n.get("dashboard.import.button"), Icons.of(Material2OutlinedAL.FILE_UPLOAD, 16));
        importButton.setId("dashboard-import");
        importButton.setOnAction(e -> chooseImport());
        importButton.disableProperty().bind(importer.importingProperty());
        MenuItem png = new MenuItem(i18n.get("dashboard.export.png"));
        png.setOnAction(e -> exports.chartPng(trend.node(), root.getScene().getWindow()));
        MenuItem csv = new MenuItem(i18n.get("dashboard.export.csv"));
        csv.setOnAction(e -> exports.tableCsv(notes, root.getScene().getWindow()));
        MenuItem pdf = new MenuItem(i18n.get("dashboard.export.pdf"));
        pdf.setOnAction(e -> exports.pdf(vm.dataProperty().get(), trend.node(), notes, root.getScene().getWindow()));
        MenuButton export = new MenuButton(i18n.get("dashboard.export.button"), Icons.of(Material2OutlinedMZ.SAVE_ALT, 16),
                png, csv, pdf);
        export.setId("dashboard-export");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, periods, custom, periodLabel, spacer, importButton, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dashboard-toolbar");
        return bar;
    }

    private Node importBar() {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(260);
        progress.progressProperty().bind(importer.progressProperty());
        Label text = new Label(i18n.get("dashboard.import.running"));
        Button cancel = new Button(i18n.get("dashboard.import.cancel"));
        cancel.setId("dashboard-import-cancel");
        cancel.setOnAction(e -> importer.cancel());
        HBox bar = new HBox(10, text, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dashboard-importbar");
        bar.visibleProperty().bind(importer.importingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node emptyState() {
        Label title = new Label(i18n.get("dashboard.empty.title"), Icons.of(Material2OutlinedAL.INSIGHTS, 32));
        title.getStyleClass().add("title-3");
        Label text = new Label(i18n.get("dashboard.empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button importButton = new Button(i18n.get("dashboard.import.button"), Icons.of(Material2OutlinedAL.FILE_UPLOAD, 16));
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> chooseImport());
        VBox box = new VBox(16, title, text, importButton);
        box.setId("dashboard-empty");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("dashboard-empty");
        box.visibleProperty().bind(vm.emptyProperty());
        return box;
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dashboard.import.button"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("dashboard.import.filter"),
                "*.xlsx", "*.XLSX", "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            importer.read(file.toPath());
        }
    }

    private <T extends Enum<T>> StringConverter<T> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : i18n.get(prefix + v.name());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
