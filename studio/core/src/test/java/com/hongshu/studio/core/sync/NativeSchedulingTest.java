package com.hongshu.studio.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Checklist 13 and 14: which notes go to the platform's scheduler, which the app publishes, which are missed. */
class NativeSchedulingTest {

    private final Instant now = Instant.parse("2026-11-24T02:00:00Z");
    private final NativeScheduling exactBounds = NativeScheduling.of(SyncConfig.defaults().withScheduleMargin(Duration.ZERO));
    private final NativeScheduling withMargin = NativeScheduling.of(SyncConfig.defaults());

    private ScheduleDecision at(NativeScheduling s, Duration lead) {
        return s.decide(now.plus(lead), now);
    }

    @Test
    void fiftyNineMinutesIsTooSoonForThePlatform_theAppPublishesItAtTheTime() {
        Instant due = now.plus(Duration.ofMinutes(59));
        assertThat(exactBounds.decide(due, now)).isEqualTo(new ScheduleDecision.PublishLocallyAt(due));
    }

    @Test
    void exactlyOneHourIsTheLowerBound_keptWithASafetyMarginByDefault() {
        Instant due = now.plus(Duration.ofHours(1));
        assertThat(exactBounds.decide(due, now)).isEqualTo(new ScheduleDecision.SubmitWithPostTime(due));
        assertThat(withMargin.decide(due, now)).as("it would arrive after now + 1 h and be refused")
                .isEqualTo(new ScheduleDecision.PublishLocallyAt(due));
        Instant safe = now.plus(Duration.ofHours(1)).plus(SyncConfig.defaults().scheduleMargin());
        assertThat(withMargin.decide(safe, now)).isEqualTo(new ScheduleDecision.SubmitWithPostTime(safe));
    }

    @Test
    void fourteenDaysIsSubmitted_fourteenDaysAndOneSecondIsHeldUntilItEntersTheWindow() {
        assertThat(at(withMargin, Duration.ofDays(14)))
                .isEqualTo(new ScheduleDecision.SubmitWithPostTime(now.plus(Duration.ofDays(14))));
        Instant due = now.plus(Duration.ofDays(14)).plusSeconds(1);
        ScheduleDecision held = withMargin.decide(due, now);
        assertThat(held).isEqualTo(new ScheduleDecision.HoldUntil(now.plusSeconds(1)));
        Instant until = ((ScheduleDecision.HoldUntil) held).until();
        assertThat(withMargin.decide(due, until)).isEqualTo(new ScheduleDecision.SubmitWithPostTime(due));
    }

    @Test
    void aNoteDueWhileTheAppWasOffIsPublishedWithinTheGraceWindowAndMissedAfter() {
        Duration grace = SyncConfig.defaults().graceWindow();
        assertThat(withMargin.decide(now, now)).isEqualTo(new ScheduleDecision.PublishNow());
        assertThat(withMargin.decide(now.minus(grace), now)).isEqualTo(new ScheduleDecision.PublishNow());
        Instant late = now.minus(grace).minusSeconds(1);
        assertThat(withMargin.decide(late, now)).isEqualTo(new ScheduleDecision.Missed(late));
    }
}
