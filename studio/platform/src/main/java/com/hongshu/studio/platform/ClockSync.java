package com.hongshu.studio.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The gap between this computer's clock and the platform's, estimated from the {@code Date} header of replies, so
 * the signed {@code timestamp} stays inside the gateway's window on a computer whose clock is off.
 */
final class ClockSync {
    // Date has whole seconds: smaller differences are noise.
    private static final long NOISE_MS = 2_000;

    private final Clock clock;
    private volatile long offsetMs;
    private volatile String lastDate;

    ClockSync(Clock clock) {
        this.clock = clock;
    }

    long localMillis() {
        return clock.millis();
    }

    long serverMillis() {
        return clock.millis() + offsetMs;
    }

    long offsetMillis() {
        return offsetMs;
    }

    /** Takes a reply's Date header into account; answers whether the estimate moved. */
    boolean observe(String dateHeader, long sentAt, long receivedAt) {
        // Replies within the same second carry the same Date: parsing it again tells nothing new.
        if (dateHeader == null || dateHeader.equals(lastDate)) return false;
        lastDate = dateHeader;
        Optional<Instant> server = parseHttpDate(dateHeader);
        if (server.isEmpty()) return false;
        long estimate = server.get().toEpochMilli() + 500 - (sentAt + receivedAt) / 2;
        if (Math.abs(estimate - offsetMs) <= NOISE_MS) return false;
        offsetMs = estimate;
        return true;
    }

    static Optional<Instant> parseHttpDate(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code Retry-After} as seconds or an HTTP-date (measured against the reply's own Date when present). */
    static Optional<Duration> retryAfter(String value, String dateHeader, long localNow) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        Optional<Instant> at = parseHttpDate(v);
        if (at.isEmpty()) return Optional.empty();
        Instant reference = parseHttpDate(dateHeader).orElse(Instant.ofEpochMilli(localNow));
        Duration wait = Duration.between(reference, at.get());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
