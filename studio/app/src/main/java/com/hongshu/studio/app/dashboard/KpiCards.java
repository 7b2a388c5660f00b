package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.KpiKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The five headline cards, each with its change against the previous period and the exact figures on hover. */
final class KpiCards {

    private final HBox box = new HBox(12);
    private final Map<KpiKind, Label> values = new EnumMap<>(KpiKind.class);
    private final Map<KpiKind, Label> changes = new EnumMap<>(KpiKind.class);
    private final Map<KpiKind, Tooltip> tips = new EnumMap<>(KpiKind.class);
    private final I18n i18n;
    private final Formats fmt;

    KpiCards(I18n i18n, Formats fmt) {
        this.i18n = i18n;
        this.fmt = fmt;
        box.getStyleClass().add("dashboard-kpis");
        for (KpiKind k : KpiKind.values()) {
            Label title = new Label(i18n.get("dashboard.kpi." + k.name()));
            title.getStyleClass().add("dashboard-kpi-title");
            Label value = new Label("—");
            value.setId("kpi-" + k.name().toLowerCase());
            value.getStyleClass().add("dashboard-kpi-value");
            Label change = new Label("");
            change.getStyleClass().add("dashboard-kpi-change");
            change.setWrapText(true);
            VBox card = new VBox(4, title, value, change);
            if (k == KpiKind.ENGAGEMENT_RATE) {
                Label def = new Label(i18n.get("dashboard.kpi.ENGAGEMENT_RATE.definition"));
                def.getStyleClass().add("dashboard-muted");
                def.setWrapText(true);
                card.getChildren().add(def);
            }
            card.getStyleClass().add("dashboard-card");
            card.setMinWidth(150);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            Tooltip tip = new Tooltip();
            Tooltip.install(card, tip);
            values.put(k, value);
            changes.put(k, change);
            tips.put(k, tip);
            box.getChildren().add(card);
        }
    }

    HBox node() {
        return box;
    }

    /** Sets texts formatted off the FX thread; a style class only changes with the direction (it re-applies CSS). */
    void show(List<DashboardText.KpiText> kpis) {
        for (DashboardText.KpiText k : kpis) {
            values.get(k.kind()).setText(k.value());
            Label change = changes.get(k.kind());
            change.setText(k.change());
            if (k.trend() == null || !change.getStyleClass().contains(k.trend())) {
                change.getStyleClass().removeAll("dashboard-up", "dashboard-down");
                if (k.trend() != null) {
                    change.getStyleClass().add(k.trend());
                }
            }
            tips.get(k.kind()).setText(k.tooltip());
        }
    }
}
