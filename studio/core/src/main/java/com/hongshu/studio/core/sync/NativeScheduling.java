package com.hongshu.studio.core.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides between the platform's native scheduling and publishing locally. Pure: instants only, so neither the
 * account's zone nor the computer's zone can shift a decision (zones matter when the user's wall-clock time is turned
 * into the due instant: {@link ScheduledTime}).
 *
 * <p>The platform accepts {@code postTime} within [receipt + 1 h, receipt + 14 d]. A request sent at exactly now + 1 h
 * arrives late and is refused, so the lower bound keeps {@code scheduleMargin} above it; the upper bound is safe as
 * is (a late arrival only shortens the lead).
 */
public final class NativeScheduling {

    private final Duration minLead;
    private final Duration maxLead;
    private final Duration margin;
    private final Duration grace;

    public NativeScheduling(Duration minLead, Duration maxLead, Duration margin, Duration grace) {
        this.minLead = minLead;
        this.maxLead = maxLead;
        this.margin = margin;
        this.grace = grace;
    }

    public static NativeScheduling of(SyncConfig config) {
        return new NativeScheduling(config.nativeMinLead(), config.nativeMaxLead(), config.scheduleMargin(),
                config.graceWindow());
    }

    public ScheduleDecision decide(Instant due, Instant now) {
        if (!due.isAfter(now)) {
            return Duration.between(due, now).compareTo(grace) <= 0
                    ? new ScheduleDecision.PublishNow() : new ScheduleDecision.Missed(due);
        }
        if (due.isBefore(now.plus(minLead).plus(margin))) {
            return new ScheduleDecision.PublishLocallyAt(due);
        }
        if (due.isAfter(now.plus(maxLead))) {
            return new ScheduleDecision.HoldUntil(due.minus(maxLead));
        }
        return new ScheduleDecision.SubmitWithPostTime(due);
    }
}
