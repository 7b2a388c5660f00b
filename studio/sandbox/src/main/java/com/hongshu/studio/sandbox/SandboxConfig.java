package com.hongshu.studio.sandbox;

import java.nio.file.Path;

/**
 * How a sandbox starts. {@link #defaults(Path)} mirrors the real platform (its rate limits and quotas);
 * {@link #forTests(Path)} switches the limits off and freezes the virtual clock so tests decide when time passes.
 *
 * @param port                TCP port on loopback; 0 picks a free one
 * @param database            the SQLite file holding the sandbox's state
 * @param appRatePerSecond    per-app request limit (0 = unlimited)
 * @param methodRatePerSecond per-method request limit (0 = unlimited)
 * @param noteMinIntervalMs   minimum gap between two note.create of one account (0 = none)
 * @param noteDailyCap        note.create per account per day (0 = unlimited)
 * @param idempotency         honour the Idempotency-Key header (off behaves like the real platform)
 * @param throttleInEnvelope  signal throttling inside an HTTP 200 envelope instead of HTTP 429
 * @param reviewDelayMs       virtual time a note spends in review before it is published
 * @param mediaProcessingMs   virtual time an uploaded file or video material stays "processing"
 * @param maxUploadBytes      largest accepted upload (HTTP 413 / 2011 above)
 * @param frozenClock         start with the virtual clock frozen at the current time
 * @param appSecret           the seeded app's secret; null generates a random one on first start
 * @param threads             request handler threads
 */
public record SandboxConfig(int port, Path database, int appRatePerSecond, int methodRatePerSecond,
                            long noteMinIntervalMs, int noteDailyCap, boolean idempotency,
                            boolean throttleInEnvelope, long reviewDelayMs, long mediaProcessingMs,
                            long maxUploadBytes, boolean frozenClock, String appSecret, int threads) {

    public static SandboxConfig defaults(Path database) {
        return new SandboxConfig(0, database, 100, 200, 30_000, 50, true, false, 60_000, 2_000,
                20L * 1024 * 1024, false, null, 8);
    }

    public static SandboxConfig forTests(Path database) {
        return new SandboxConfig(0, database, 0, 0, 0, 0, true, false, 60_000, 0,
                20L * 1024 * 1024, true, null, 8);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(newPort, database, appRatePerSecond, methodRatePerSecond, noteMinIntervalMs,
                noteDailyCap, idempotency, throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes,
                frozenClock, appSecret, threads);
    }

    public SandboxConfig withRateLimits(int perApp, int perMethod) {
        return new SandboxConfig(port, database, perApp, perMethod, noteMinIntervalMs, noteDailyCap, idempotency,
                throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes, frozenClock, appSecret,
                threads);
    }

    public SandboxConfig withIdempotency(boolean on) {
        return new SandboxConfig(port, database, appRatePerSecond, methodRatePerSecond, noteMinIntervalMs,
                noteDailyCap, on, throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes, frozenClock,
                appSecret, threads);
    }

    public SandboxConfig withFrozenClock(boolean frozen) {
        return new SandboxConfig(port, database, appRatePerSecond, methodRatePerSecond, noteMinIntervalMs,
                noteDailyCap, idempotency, throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes,
                frozen, appSecret, threads);
    }

    public SandboxConfig withAppSecret(String secret) {
        return new SandboxConfig(port, database, appRatePerSecond, methodRatePerSecond, noteMinIntervalMs,
                noteDailyCap, idempotency, throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes,
                frozenClock, secret, threads);
    }

    public SandboxConfig withThreads(int n) {
        return new SandboxConfig(port, database, appRatePerSecond, methodRatePerSecond, noteMinIntervalMs,
                noteDailyCap, idempotency, throttleInEnvelope, reviewDelayMs, mediaProcessingMs, maxUploadBytes,
                frozenClock, appSecret, n);
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", database=" + database + ", appRatePerSecond=" + appRatePerSecond
                + ", methodRatePerSecond=" + methodRatePerSecond + ", idempotency=" + idempotency
                + ", frozenClock=" + frozenClock + ", appSecret=" + (appSecret == null ? "random" : "***") + "]";
    }
}
