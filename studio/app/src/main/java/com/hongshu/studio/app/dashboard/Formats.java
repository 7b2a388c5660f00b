package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.KpiKind;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Numbers, percentages and dates as the user's language writes them (exact numbers: no rounding to 万 or k). */
final class Formats {

    private final I18n i18n;

    Formats(I18n i18n) {
        this.i18n = i18n;
    }

    /** Made once per Formats (and a Formats is used by one thread): a heatmap or table formats hundreds at once. */
    private NumberFormat integers;
    private NumberFormat percents;
    private java.util.Locale made;

    String count(long v) {
        fresh();
        if (integers == null) {
            integers = NumberFormat.getIntegerInstance(i18n.locale());
        }
        return integers.format(v);
    }

    String percent(double fraction) {
        fresh();
        if (percents == null) {
            percents = NumberFormat.getPercentInstance(i18n.locale());
            percents.setMinimumFractionDigits(1);
            percents.setMaximumFractionDigits(2);
        }
        return percents.format(fraction);
    }

    private void fresh() {
        if (!i18n.locale().equals(made)) {
            made = i18n.locale();
            integers = null;
            percents = null;
        }
    }

    String seconds(long millis) {
        return i18n.format("dashboard.seconds", String.format(i18n.locale(), "%.1f", millis / 1000.0));
    }

    DateTimeFormatter date() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
    }

    String kpiValue(Kpi k) {
        return k.kind() == KpiKind.ENGAGEMENT_RATE ? percent(k.value()) : count((long) k.value());
    }

    String kpiPrevious(Kpi k) {
        return k.kind() == KpiKind.ENGAGEMENT_RATE ? percent(k.previous()) : count((long) k.previous());
    }

    /** "+12.3%" / "−4.0%", or a plain "no earlier figures" when the previous period had none. */
    String change(Kpi k) {
        double c = k.change();
        if (Double.isNaN(c)) {
            return i18n.get("dashboard.kpi.noPrevious");
        }
        return (c >= 0 ? "+" : "−") + percent(Math.abs(c));
    }
}
