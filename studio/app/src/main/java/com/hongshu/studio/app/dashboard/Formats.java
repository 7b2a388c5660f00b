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

    String count(long v) {
        return NumberFormat.getIntegerInstance(i18n.locale()).format(v);
    }

    String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(i18n.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(2);
        return f.format(fraction);
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
