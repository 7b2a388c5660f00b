package com.hongshu.studio.core.stats;

import java.util.List;
import java.util.Optional;

/** Computes the KPI cards for a period from the rollups, each against the previous period of the same length. */
public final class Kpis {

    private Kpis() {
    }

    /** {@code numerator / denominator}, or 0 when there is nothing to divide by. */
    public static double rate(long numerator, long denominator) {
        return denominator <= 0 ? 0 : (double) numerator / denominator;
    }

    public static Counts sum(List<DayTotal> days) {
        Counts c = Counts.ZERO;
        for (DayTotal d : days) {
            c = c.plus(d.counts());
        }
        return c;
    }

    public static List<Kpi> compute(List<DayTotal> current, List<DayTotal> previous,
                                    List<AccountDay> accountNow, List<AccountDay> accountBefore,
                                    Optional<AccountDay> followersAtEnd, Optional<AccountDay> followersAtPreviousEnd) {
        Counts now = sum(current);
        Counts before = sum(previous);
        long gainNow = accountNow.stream().mapToLong(AccountDay::netGain).sum();
        long gainBefore = accountBefore.stream().mapToLong(AccountDay::netGain).sum();
        return List.of(
                new Kpi(KpiKind.FOLLOWERS, followersAtEnd.map(AccountDay::followers).orElse(0L),
                        followersAtPreviousEnd.map(AccountDay::followers).orElse(0L)),
                new Kpi(KpiKind.NET_GAIN, gainNow, gainBefore),
                new Kpi(KpiKind.IMPRESSIONS, now.impressions(), before.impressions()),
                new Kpi(KpiKind.VIEWS, now.views(), before.views()),
                new Kpi(KpiKind.ENGAGEMENT_RATE, rate(now.engagements(), now.views()),
                        rate(before.engagements(), before.views())));
    }
}
