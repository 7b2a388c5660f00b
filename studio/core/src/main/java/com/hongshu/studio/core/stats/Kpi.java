package com.hongshu.studio.core.stats;

/**
 * One KPI card: the value in the period, the value in the previous period of the same length, and the relative change
 * (NaN when the previous value is zero, so that no made-up percentage is shown).
 */
public record Kpi(KpiKind kind, double value, double previous) {

    public double change() {
        if (previous == 0) {
            return Double.NaN;
        }
        return (value - previous) / Math.abs(previous);
    }
}
