package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.Period;
import com.hongshu.studio.core.stats.PublishSlot;
import java.util.List;

/**
 * Everything a period change shows, computed off the FX thread in one go. {@code buckets} are days, or weeks (each
 * starting on its first day) when the period is long, so a chart never has more than about a hundred points.
 */
record DashboardData(Period period, List<Kpi> kpis, List<DayTotal> buckets, boolean weekly,
                     List<com.hongshu.studio.core.stats.AccountDay> followers, List<PublishSlot> slots,
                     boolean anyData, DashboardText text) {
}
