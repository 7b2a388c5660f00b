package com.hongshu.studio.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffAndRetryAfterTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15), new Random(42));

    @Test
    void theCeilingDoublesUpToTheCap() {
        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.ceiling(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fullJitterStaysWithinZeroAndTheCeiling_andSpreads() {
        List<Duration> delays = IntStream.range(0, 200).mapToObj(i -> backoff.delay(5, null)).toList();
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(64)));
        assertThat(new HashSet<>(delays)).hasSizeGreaterThan(150);
    }

    @Test
    void retryAfterIsAFloor_andOperationsWithTheSameFloorDoNotComeBackTogether() {
        Set<Duration> delays = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Duration d = backoff.delay(2, Duration.ofSeconds(30));
            assertThat(d).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(38));
            delays.add(d);
        }
        assertThat(delays).hasSizeGreaterThan(40);
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 02:01:30 GMT", now)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Tue, 24 Nov 2026 01:00:00 GMT", now)).as("in the past").contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void aMediaStepSurvivesTheDatabaseAsText() {
        MediaStep step = new MediaStep(MediaStep.State.READY, List.of("f-1", "f,2|x"), Instant.ofEpochMilli(1_764_000_000_000L));
        assertThat(MediaStep.decode(step.encode())).isEqualTo(step);
        assertThat(MediaStep.decode(null)).isNull();
        assertThat(MediaStep.decode("something else")).isNull();
        assertThat(step.usableAt(Instant.ofEpochMilli(1_764_000_000_000L).minusSeconds(300), Duration.ofMinutes(2))).isTrue();
        assertThat(step.usableAt(Instant.ofEpochMilli(1_764_000_000_000L).minusSeconds(60), Duration.ofMinutes(2))).isFalse();
    }

    @Test
    void rateScopesRoundTripAndCoverTheirOperations() {
        for (RateScope s : List.of(RateScope.app(), RateScope.method(OperationKind.STOCK), RateScope.account(3),
                RateScope.accountMethod(3, OperationKind.NOTE_CREATE))) {
            assertThat(RateScope.parse(s.key())).isEqualTo(s);
        }
    }
}
