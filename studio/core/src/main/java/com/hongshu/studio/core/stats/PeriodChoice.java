package com.hongshu.studio.core.stats;

/** The periods the dashboard offers; longer than the creator centre's own 7 and 30 days. */
public enum PeriodChoice {
    DAYS_7(7), DAYS_30(30), DAYS_90(90), DAYS_365(365), CUSTOM(0);

    private final int days;

    PeriodChoice(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
