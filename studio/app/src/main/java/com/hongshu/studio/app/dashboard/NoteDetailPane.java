package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.dashboard.NoteDetailModel.CumulativePoint;
import com.hongshu.studio.app.dashboard.NoteDetailModel.Detail;
import com.hongshu.studio.app.dashboard.NoteDetailModel.SameAge;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The selected note: its cumulative curve since publishing and its first day / first week beside the others. */
final class NoteDetailPane {

    private final VBox box = new VBox(8);
    private final Label title = new Label();
    private final LineChart<Number, Number> curve;
    private final BarChart<String, Number> sameAge;
    private final Label comparedNote = new Label();
    private final Tooltip tip = new Tooltip();
    private final I18n i18n;
    private final Formats fmt;

    NoteDetailPane(DashboardViewModel vm, I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setText(i18n.get("dashboard.detail.none"));
        Button open = new Button(i18n.get("dashboard.detail.open"));
        open.setId("dashboard-open-note");
        open.setOnAction(e -> {
            Detail d = vm.detail().detailProperty().get();
            if (d != null) {
                vm.open(d.row());
            }
        });
        open.disableProperty().bind(vm.detail().detailProperty().isNull());
        NumberAxis days = new NumberAxis();
        days.setLabel(i18n.get("dashboard.detail.age"));
        curve = new LineChart<>(days, new NumberAxis());
        curve.setAnimated(false);
        curve.setCreateSymbols(false);
        curve.setTitle(i18n.get("dashboard.detail.curve"));
        curve.setPrefHeight(220);
        sameAge = new BarChart<>(new CategoryAxis(), new NumberAxis());
        sameAge.setAnimated(false);
        sameAge.setTitle(i18n.get("dashboard.detail.sameAge"));
        sameAge.setPrefHeight(260);
        sameAge.setMinHeight(240);
        sameAge.setLegendVisible(true);
        comparedNote.getStyleClass().add("dashboard-muted");
        comparedNote.setWrapText(true);
        box.getChildren().addAll(title, open, curve, sameAge, comparedNote);
        box.getStyleClass().add("dashboard-card");
        box.setMinWidth(300);
        box.setPrefWidth(380);
        vm.detail().detailProperty().addListener((obs, old, now) -> show(now));
    }

    Node node() {
        return box;
    }

    private void show(Detail d) {
        if (d == null) {
            title.setText(i18n.get("dashboard.detail.none"));
            curve.getData().clear();
            sameAge.getData().clear();
            comparedNote.setText("");
            return;
        }
        title.setText(d.row().title());
        XYChart.Series<Number, Number> views = new XYChart.Series<>();
        views.setName(i18n.get("dashboard.metric.VIEWS"));
        XYChart.Series<Number, Number> eng = new XYChart.Series<>();
        eng.setName(i18n.get("dashboard.metric.ENGAGEMENTS"));
        List<CumulativePoint> pts = d.curve();
        int step = Math.max(1, pts.size() / 120); // a few hundred days plot as ~120 points
        for (int i = 0; i < pts.size(); i += step) {
            CumulativePoint p = pts.get(i);
            views.getData().add(new XYChart.Data<>(p.age(), p.views()));
            eng.getData().add(new XYChart.Data<>(p.age(), p.engagements()));
        }
        if (!pts.isEmpty() && (pts.size() - 1) % step != 0) {
            CumulativePoint last = pts.get(pts.size() - 1);
            views.getData().add(new XYChart.Data<>(last.age(), last.views()));
            eng.getData().add(new XYChart.Data<>(last.age(), last.engagements()));
        }
        curve.getData().setAll(List.of(views, eng));
        SameAge s = d.sameAge();
        String day1 = i18n.get("dashboard.detail.day1");
        String week1 = i18n.get("dashboard.detail.week1");
        sameAge.getData().setAll(List.of(
                bars(i18n.get("dashboard.detail.thisNote"), day1, s.noteDay1(), week1, s.noteWeek1()),
                bars(i18n.get("dashboard.detail.average"), day1, Math.round(s.avgDay1()), week1, Math.round(s.avgWeek1())),
                bars(i18n.get("dashboard.detail.best"), day1, s.bestDay1(), week1, s.bestWeek1())));
        for (XYChart.Series<String, Number> series : sameAge.getData()) {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                String text = series.getName() + " · " + bar.getXValue() + ": "
                        + fmt.count(bar.getYValue().longValue());
                if (bar.getNode() != null) {
                    bar.getNode().setOnMouseEntered(e -> tip.setText(text));
                    Tooltip.install(bar.getNode(), tip);
                }
            }
        }
        comparedNote.setText(i18n.format("dashboard.detail.compared", s.notesCompared()));
    }

    private static XYChart.Series<String, Number> bars(String name, String day1, long v1, String week1, long v7) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        s.getData().add(new XYChart.Data<>(day1, v1));
        s.getData().add(new XYChart.Data<>(week1, v7));
        return s;
    }
}
