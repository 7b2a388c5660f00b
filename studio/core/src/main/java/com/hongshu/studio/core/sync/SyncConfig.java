package com.hongshu.studio.core.sync;

import java.time.Duration;

/**
 * The engine's numbers.
 *
 * @param lease              how long a claim is held; must exceed the gateway's longest call (timeouts included)
 * @param baseDelay          backoff base: attempt n waits a random time in [0, min(maxDelay, baseDelay * 2^n)]
 * @param maxDelay           backoff cap
 * @param unknownFirstCheck  floor before reading back an unknown outcome (lets the platform's reads catch up)
 * @param defaultDeadline    an operation without a due time fails after this long since it was queued
 * @param verifyWindow       an OK'd note create must become visible within this, or it is UNCONFIRMED
 * @param verifyFirstCheck   floor before the first verification read
 * @param graceWindow        a note whose due time passed (app off) is published if no later than this; else MISSED
 * @param nativeMinLead      the platform's minimum {@code postTime} lead (1 h)
 * @param nativeMaxLead      the platform's maximum {@code postTime} lead (14 d)
 * @param scheduleMargin     extra lead kept above the minimum: the platform checks {@code postTime} on receipt
 * @param mediaPermitMargin  uploaded files are reused only if their permit is valid at least this long
 * @param releaseSpread      operations held back by a rate limit are released spread over this much time
 */
public record SyncConfig(Duration lease, Duration baseDelay, Duration maxDelay, Duration unknownFirstCheck,
                         Duration defaultDeadline, Duration verifyWindow, Duration verifyFirstCheck,
                         Duration graceWindow, Duration nativeMinLead, Duration nativeMaxLead,
                         Duration scheduleMargin, Duration mediaPermitMargin, Duration releaseSpread) {

    public static SyncConfig defaults() {
        return new SyncConfig(Duration.ofMinutes(2), Duration.ofSeconds(2), Duration.ofMinutes(15),
                Duration.ofSeconds(15), Duration.ofDays(3), Duration.ofMinutes(10), Duration.ofSeconds(20),
                Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofDays(14), Duration.ofMinutes(2),
                Duration.ofMinutes(2), Duration.ofSeconds(60));
    }

    public SyncConfig withScheduleMargin(Duration margin) {
        return new SyncConfig(lease, baseDelay, maxDelay, unknownFirstCheck, defaultDeadline, verifyWindow,
                verifyFirstCheck, graceWindow, nativeMinLead, nativeMaxLead, margin, mediaPermitMargin, releaseSpread);
    }

    public SyncConfig withVerifyWindow(Duration window) {
        return new SyncConfig(lease, baseDelay, maxDelay, unknownFirstCheck, defaultDeadline, window,
                verifyFirstCheck, graceWindow, nativeMinLead, nativeMaxLead, scheduleMargin, mediaPermitMargin,
                releaseSpread);
    }

    public SyncConfig withDefaultDeadline(Duration deadline) {
        return new SyncConfig(lease, baseDelay, maxDelay, unknownFirstCheck, deadline, verifyWindow,
                verifyFirstCheck, graceWindow, nativeMinLead, nativeMaxLead, scheduleMargin, mediaPermitMargin,
                releaseSpread);
    }

    public SyncConfig withGraceWindow(Duration grace) {
        return new SyncConfig(lease, baseDelay, maxDelay, unknownFirstCheck, defaultDeadline, verifyWindow,
                verifyFirstCheck, grace, nativeMinLead, nativeMaxLead, scheduleMargin, mediaPermitMargin,
                releaseSpread);
    }
}
