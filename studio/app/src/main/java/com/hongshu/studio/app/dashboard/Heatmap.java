package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.PublishSlot;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Best time to post: for each weekday x hour when the user published, the average views those notes had in their
 * first seven days (the same age, so old and new notes compare fairly). Darker is better.
 */
final class Heatmap {

    private final GridPane grid = new GridPane();
    private final Region[][] cells = new Region[7][24];
    private final Tooltip tip = new Tooltip();
    private final Label best = new Label();
    private final VBox box;
    private final I18n i18n;
    private final Formats fmt;

    Heatmap(I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setId("dashboard-heatmap");
        for (int h = 0; h < 24; h += 3) {
            Label l = new Label(String.format("%02d", h));
            l.getStyleClass().add("dashboard-muted");
            grid.add(l, h + 1, 0, 3, 1);
        }
        for (int d = 0; d < 7; d++) {
            Label day = new Label(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, i18n.locale()));
            day.getStyleClass().add("dashboard-muted");
            day.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(day, 0, d + 1);
            for (int h = 0; h < 24; h++) {
                Region cell = new Region();
                cell.setMinSize(18, 14);
                cell.setPrefSize(22, 16);
                cell.getStyleClass().add("dashboard-heat-cell");
                Tooltip.install(cell, tip);
                cells[d][h] = cell;
                grid.add(cell, h + 1, d + 1);
            }
        }
        Label title = new Label(i18n.get("dashboard.heatmap.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(i18n.get("dashboard.heatmap.hint"));
        hint.getStyleClass().add("dashboard-muted");
        hint.setWrapText(true);
        box = new VBox(6, title, hint, grid, best);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("dashboard-card");
    }

    VBox node() {
        return box;
    }

    private List<PublishSlot> shown;

    void show(List<PublishSlot> slots) {
        if (slots.equals(shown)) {
            return; // posting times do not depend on the period: nothing to redo on a period change
        }
        shown = slots;
        double max = slots.stream().mapToDouble(PublishSlot::averageViews).max().orElse(0);
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                Region cell = cells[d][h];
                cell.setOpacity(1);
                cell.getStyleClass().remove("dashboard-heat-on");
                String day = DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, i18n.locale());
                String text = i18n.format("dashboard.heatmap.none", day, String.format("%02d:00", h));
                cell.setOnMouseEntered(e -> tip.setText(text));
            }
        }
        PublishSlot top = null;
        for (PublishSlot s : slots) {
            if (s.weekday() < 1 || s.weekday() > 7 || s.hour() < 0 || s.hour() > 23) {
                continue;
            }
            Region cell = cells[s.weekday() - 1][s.hour()];
            cell.getStyleClass().add("dashboard-heat-on");
            cell.setOpacity(max <= 0 ? 0.2 : 0.15 + 0.85 * s.averageViews() / max);
            String day = DayOfWeek.of(s.weekday()).getDisplayName(TextStyle.FULL, i18n.locale());
            String text = i18n.format("dashboard.heatmap.cell", day, String.format("%02d:00", s.hour()), s.notes(),
                    fmt.count(Math.round(s.averageViews())), fmt.count(s.firstWeekEngagements()));
            cell.setOnMouseEntered(e -> tip.setText(text));
            if (top == null || s.averageViews() > top.averageViews()) {
                top = s;
            }
        }
        best.setText(top == null ? i18n.get("dashboard.heatmap.empty")
                : i18n.format("dashboard.heatmap.best",
                        DayOfWeek.of(top.weekday()).getDisplayName(TextStyle.FULL, i18n.locale()),
                        String.format("%02d:00", top.hour()), fmt.count(Math.round(top.averageViews()))));
    }
}
