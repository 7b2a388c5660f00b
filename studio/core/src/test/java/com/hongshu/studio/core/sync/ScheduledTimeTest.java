package com.hongshu.studio.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Checklist 15: a wall-clock time in the account's zone becomes one instant, DST changes included. */
class ScheduledTimeTest {

    private final ZoneId berlin = ZoneId.of("Europe/Berlin");
    private final ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    @Test
    void theSameWallClockTimeIsADifferentInstantInShanghaiAndBerlin() {
        LocalDateTime nine = LocalDateTime.parse("2026-10-26T09:00:00");
        assertThat(ScheduledTime.toInstant(nine, shanghai)).isEqualTo(Instant.parse("2026-10-26T01:00:00Z"));
        assertThat(ScheduledTime.toInstant(nine, berlin)).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void berlinUsesTheOffsetOfTheDueDateNotOfTheDayItWasScheduled() {
        // Scheduled on Friday 23 Oct (CEST, +2) for Monday 26 Oct (CET, +1).
        assertThat(ScheduledTime.toInstant(LocalDateTime.parse("2026-10-23T09:00:00"), berlin))
                .isEqualTo(Instant.parse("2026-10-23T07:00:00Z"));
        assertThat(ScheduledTime.toInstant(LocalDateTime.parse("2026-10-26T09:00:00"), berlin))
                .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void aTimeInTheSpringGapMovesForward_anAmbiguousAutumnTimeTakesTheFirstOccurrence() {
        assertThat(ScheduledTime.toInstant(LocalDateTime.parse("2026-03-29T02:30:00"), berlin))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // shown as 03:30 CEST
        assertThat(ScheduledTime.toInstant(LocalDateTime.parse("2026-10-25T02:30:00"), berlin))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST, the first of the two
    }

    @Test
    void fourteenWallClockDaysAcrossTheAutumnChangeAreFourteenDaysAndOneHour_theWindowCountsRealTime() {
        Instant now = ScheduledTime.toInstant(LocalDateTime.parse("2026-10-20T12:00:00"), berlin);
        Instant due = ScheduledTime.toInstant(LocalDateTime.parse("2026-11-03T12:00:00"), berlin);
        assertThat(Duration.between(now, due)).isEqualTo(Duration.ofDays(14).plusHours(1));
        assertThat(NativeScheduling.of(SyncConfig.defaults()).decide(due, now))
                .isEqualTo(new ScheduleDecision.HoldUntil(now.plus(Duration.ofHours(1))));
    }

    @Test
    void decisionsDependOnInstantsOnly_notOnTheComputersZone() {
        Instant now = Instant.parse("2026-03-28T23:00:00Z");
        Instant due = ScheduledTime.toInstant(LocalDateTime.parse("2026-03-29T09:00:00"), berlin);
        NativeScheduling scheduling = NativeScheduling.of(SyncConfig.defaults());
        ScheduleDecision before = scheduling.decide(due, now);
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(scheduling.decide(due, now)).isEqualTo(before);
        } finally {
            java.util.TimeZone.setDefault(original);
        }
        assertThat(before).isEqualTo(new ScheduleDecision.SubmitWithPostTime(Instant.parse("2026-03-29T07:00:00Z")));
    }
}
