package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.KpiKind;
import com.hongshu.studio.core.stats.Metric;
import com.hongshu.studio.core.stats.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every string a period change shows, formatted on the TaskRunner together with the figures, so that the FX thread
 * only sets ready texts. {@code trend} is the change label's style class, or null for no direction.
 */
record DashboardText(String period, List<KpiText> kpis, Map<Metric, String> chartTitles) {

    record KpiText(KpiKind kind, String value, String change, String tooltip, String trend) {
    }

    DashboardText {
        kpis = List.copyOf(kpis);
        chartTitles = Map.copyOf(chartTitles);
    }

    static DashboardText of(Period period, List<Kpi> kpis, boolean weekly, I18n i18n) {
        Formats fmt = new Formats(i18n); // one per load: the number formats it caches are not thread-safe
        List<KpiText> cards = new ArrayList<>(kpis.size());
        for (Kpi k : kpis) {
            String change = Double.isNaN(k.change()) ? fmt.change(k) : i18n.format("dashboard.kpi.change", fmt.change(k));
            String trend = Double.isNaN(k.change()) || k.change() == 0 ? null
                    : k.change() > 0 ? "dashboard-up" : "dashboard-down";
            cards.add(new KpiText(k.kind(), fmt.kpiValue(k), change,
                    i18n.format("dashboard.kpi.tooltip", fmt.kpiValue(k), fmt.kpiPrevious(k)), trend));
        }
        Map<Metric, String> titles = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            titles.put(m, i18n.format(weekly ? "dashboard.chart.weekly" : "dashboard.chart.daily",
                    i18n.get("dashboard.metric." + m.name())));
        }
        String shown = i18n.format("dashboard.period.shown", period.from().format(fmt.date()),
                period.to().format(fmt.date()), period.days());
        return new DashboardText(shown, cards, titles);
    }
}
