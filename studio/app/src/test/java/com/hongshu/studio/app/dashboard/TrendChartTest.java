package com.hongshu.studio.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendChartTest {

    @Test
    void theYAxisTopIsARoundNumberAboveTheHighestPointInFourEqualSteps() {
        assertThat(TrendChart.niceTop(0)).isEqualTo(4);
        assertThat(TrendChart.niceTop(3)).isEqualTo(4);
        assertThat(TrendChart.niceTop(37)).isEqualTo(40);
        assertThat(TrendChart.niceTop(1_234)).isEqualTo(2_000);
        assertThat(TrendChart.niceTop(18_000)).isEqualTo(20_000);
        assertThat(TrendChart.niceTop(20_001)).isEqualTo(40_000);
        for (long max : new long[] {1, 9, 99, 101, 4_999, 123_456, 9_999_999}) {
            long top = TrendChart.niceTop(max);
            assertThat(top).isGreaterThanOrEqualTo(max).isLessThanOrEqualTo(Math.max(4, max * 3));
            assertThat(top % 4).isZero();
        }
    }
}
