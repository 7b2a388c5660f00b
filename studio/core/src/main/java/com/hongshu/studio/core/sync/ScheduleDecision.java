package com.hongshu.studio.core.sync;

import java.time.Instant;

/** What to do with a note that has a due time, decided at one moment. */
public sealed interface ScheduleDecision {

    /** Due inside the platform's window: send now with {@code postTime = at}; the platform publishes it. */
    record SubmitWithPostTime(Instant at) implements ScheduleDecision {
    }

    /** Due beyond the platform's maximum lead: keep it local until {@code until}, when it enters the window. */
    record HoldUntil(Instant until) implements ScheduleDecision {
    }

    /** Due too soon for a native schedule: the app publishes it itself at {@code at}. */
    record PublishLocallyAt(Instant at) implements ScheduleDecision {
    }

    /** Due now, or passed while the app was off but within the grace window: publish once, now. */
    record PublishNow() implements ScheduleDecision {
    }

    /** Passed beyond the grace window: do not publish by surprise; ask the user. */
    record Missed(Instant dueAt) implements ScheduleDecision {
    }
}
