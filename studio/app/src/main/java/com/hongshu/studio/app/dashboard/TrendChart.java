package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Metric;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The period's figures per day (per week for long periods) as a line. No node per point: one tooltip follows the
 * mouse and shows the exact figure of the nearest point, so a period change only moves a line (cheap on the FX thread).
 */
final class TrendChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd");

    private final LineChart<Number, Number> chart;
    private final NumberAxis x = new NumberAxis();
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Tooltip tip = new Tooltip();
    private final I18n i18n;
    private final Formats fmt;
    private List<DayTotal> shown = List.of();
    private Metric metric = Metric.VIEWS;
    private boolean weekly;

    TrendChart(I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return LocalDate.ofEpochDay(n.longValue()).format(LABEL);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        chart = new LineChart<>(x, y);
        chart.setId("dashboard-trend");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(240);
        chart.setPrefHeight(280);
        chart.getStyleClass().add("dashboard-chart");
        chart.getData().add(series);
        Tooltip.install(chart, tip);
        chart.setOnMouseMoved(e -> {
            if (shown.isEmpty()) {
                return;
            }
            Point2D p = x.sceneToLocal(e.getSceneX(), e.getSceneY());
            long day = Math.round(x.getValueForDisplay(p.getX()).doubleValue());
            DayTotal best = shown.get(0);
            for (DayTotal b : shown) {
                if (Math.abs(b.day().toEpochDay() - day) < Math.abs(best.day().toEpochDay() - day)) {
                    best = b;
                }
            }
            tip.setText(i18n.format(weekly ? "dashboard.chart.pointWeek" : "dashboard.chart.pointDay",
                    best.day().format(fmt.date()), fmt.count(best.counts().get(metric)),
                    i18n.get("dashboard.metric." + metric.name())));
        });
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(DashboardData data, Metric metric) {
        this.metric = metric;
        this.weekly = data.weekly();
        this.shown = data.buckets();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(shown.size());
        for (DayTotal b : shown) {
            points.add(new XYChart.Data<>(b.day().toEpochDay(), b.counts().get(metric)));
        }
        long from = data.period().from().toEpochDay();
        long to = data.period().to().toEpochDay();
        x.setLowerBound(from);
        x.setUpperBound(Math.max(to, from + 1));
        x.setTickUnit(Math.max(1, Math.ceil((to - from) / 10.0)));
        series.getData().setAll(points);
        chart.setTitle(i18n.format(data.weekly() ? "dashboard.chart.weekly" : "dashboard.chart.daily",
                i18n.get("dashboard.metric." + metric.name())));
    }
}
