package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Metric;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The period's figures per day (per week for long periods) as a line. One tooltip is shared by all points: creating
 * a tooltip per point on every period change would stall the FX thread.
 */
final class TrendChart {

    private final LineChart<String, Number> chart;
    private final Tooltip tip = new Tooltip();
    private final I18n i18n;
    private final Formats fmt;

    TrendChart(I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        chart = new LineChart<>(x, y);
        chart.setId("dashboard-trend");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(240);
        chart.setPrefHeight(280);
        chart.getStyleClass().add("dashboard-chart");
    }

    LineChart<String, Number> node() {
        return chart;
    }

    void show(DashboardData data, Metric metric) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MM-dd");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (DayTotal b : data.buckets()) {
            points.add(new XYChart.Data<>(b.day().format(label), b.counts().get(metric)));
        }
        series.getData().setAll(points);
        chart.getData().setAll(List.of(series));
        chart.setTitle(i18n.format(data.weekly() ? "dashboard.chart.weekly" : "dashboard.chart.daily",
                i18n.get("dashboard.metric." + metric.name())));
        for (int i = 0; i < points.size(); i++) {
            Node n = points.get(i).getNode();
            DayTotal b = data.buckets().get(i);
            if (n != null) {
                String text = i18n.format(data.weekly() ? "dashboard.chart.pointWeek" : "dashboard.chart.pointDay",
                        b.day().format(fmt.date()), fmt.count(b.counts().get(metric)),
                        i18n.get("dashboard.metric." + metric.name()));
                n.setOnMouseEntered(e -> tip.setText(text));
                Tooltip.install(n, tip);
            }
        }
    }
}
