package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Metric;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The period's figures per day (per week for long periods) as a line. No node per point: one tooltip follows the
 * mouse and shows the exact figure of the nearest point. Both axes keep a fixed range (0..6 across, 0..4 up) and only
 * relabel their ticks: a JavaFX axis whose range changes throws away its tick labels and creates new text nodes, each
 * styled and measured again, which was most of the FX thread's work on a period change.
 */
final class TrendChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd");

    private static final int X_TICKS = 6;
    private static final int Y_TICKS = 4;
    /** Wide enough for "99,999,999"; a fixed width keeps the x axis length (and so its ticks) unchanged. */
    private static final double Y_AXIS_WIDTH = 84;

    private final LineChart<Number, Number> chart;
    private final NumberAxis x = new NumberAxis(0, X_TICKS, 1);
    private final NumberAxis y = new NumberAxis(0, Y_TICKS, 1);
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Tooltip tip = new Tooltip();
    private final I18n i18n;
    private final Formats fmt;
    private List<DayTotal> shown = List.of();
    private Metric metric = Metric.VIEWS;
    private boolean weekly;
    private long from;
    private long span = 1;
    private long yMax = Y_TICKS;

    TrendChart(I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        for (NumberAxis a : List.of(x, y)) {
            a.setAutoRanging(false);
            a.setAnimated(false);
            a.setMinorTickVisible(false);
        }
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return LocalDate.ofEpochDay(day(n.doubleValue())).format(LABEL);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return fmt.count(Math.round(n.doubleValue() * yMax / Y_TICKS));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        y.setMinWidth(Y_AXIS_WIDTH);
        y.setPrefWidth(Y_AXIS_WIDTH);
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
            long day = day(x.getValueForDisplay(p.getX()).doubleValue());
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

    /** The day at a position on the x axis (0 is the period's first day, 6 its last). */
    private long day(double position) {
        return from + Math.round(position * span / X_TICKS);
    }

    /** A round top for the y axis, so that each of its four steps is 1, 2, 2.5 or 5 times a power of ten. */
    static long niceTop(long max) {
        double step = Math.max(1, max) / (double) Y_TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= step) {
                return Math.max(Y_TICKS, (long) Math.ceil(m * power) * Y_TICKS);
            }
        }
        return (long) Math.ceil(step) * Y_TICKS;
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(DashboardData data, Metric metric) {
        this.metric = metric;
        this.weekly = data.weekly();
        this.shown = data.buckets();
        from = data.period().from().toEpochDay();
        span = Math.max(1, data.period().to().toEpochDay() - from);
        long max = 0;
        for (DayTotal b : shown) {
            max = Math.max(max, b.counts().get(metric));
        }
        yMax = niceTop(max);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(shown.size());
        for (DayTotal b : shown) {
            points.add(new XYChart.Data<>((double) (b.day().toEpochDay() - from) * X_TICKS / span,
                    (double) b.counts().get(metric) * Y_TICKS / yMax));
        }
        series.getData().setAll(points);
        relabel(x);
        relabel(y);
        chart.setTitle(data.text().chartTitles().get(metric));
    }

    /** New texts on the existing tick labels; hiding and showing them makes the axis measure and place them again. */
    private static void relabel(NumberAxis axis) {
        for (Axis.TickMark<Number> t : axis.getTickMarks()) {
            t.setLabel(axis.getTickLabelFormatter().toString(t.getValue()));
        }
        axis.setTickLabelsVisible(false);
        axis.setTickLabelsVisible(true);
    }
}
