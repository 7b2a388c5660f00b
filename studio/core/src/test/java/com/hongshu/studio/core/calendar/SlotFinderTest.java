package com.hongshu.studio.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime EVENING = LocalTime.of(19, 30);

    /** Monday 2 March 2026, 10:00 in Shanghai. */
    private final Instant mondayMorning = Instant.parse("2026-03-02T02:00:00Z");
    private final SlotFinder finder = new SlotFinder(Clock.fixed(mondayMorning, ZoneOffset.UTC));

    private static CalendarSettings settings(PostingSlots slots, ZoneId zone) {
        return new CalendarSettings(slots, Pace.DEFAULT, zone);
    }

    @Test
    void theNextSlotOfTheDayInTheAccountsZone() {
        var slot = finder.nextFree(mondayMorning, settings(PostingSlots.DEFAULT, SHANGHAI), List.of()).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z")); // 12:00 in Shanghai
        assertThat(slot.platformHolds()).isTrue();
    }

    @Test
    void slotsTakenByAScheduledNoteOrTooCloseToOneAreSkipped() {
        Instant noon = Instant.parse("2026-03-02T04:00:00Z");
        Instant nearEvening = Instant.parse("2026-03-02T11:45:00Z"); // 19:45, 15 minutes after the evening slot
        var slot = finder.nextFree(mondayMorning, settings(PostingSlots.DEFAULT, SHANGHAI),
                List.of(noon, nearEvening)).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-03T04:00:00Z")); // Tuesday noon
    }

    @Test
    void aNoteAtLeastTheGapAwayLeavesTheSlotFree() {
        Instant noonPlus30 = Instant.parse("2026-03-02T04:30:00Z");
        var slot = finder.nextFree(mondayMorning, settings(PostingSlots.DEFAULT, SHANGHAI), List.of(noonPlus30));
        assertThat(slot.orElseThrow().at()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
    }

    @Test
    void onlyTheWeekdaysThatHaveSlots() {
        PostingSlots fridays = new PostingSlots(Map.of(DayOfWeek.FRIDAY, List.of(EVENING)));
        var slot = finder.nextFree(mondayMorning, settings(fridays, SHANGHAI), List.of()).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-06T11:30:00Z")); // Friday 19:30 in Shanghai
    }

    @Test
    void aSlotWithinTheHourIsOfferedButThePlatformCannotHoldIt() {
        Instant at1130 = Instant.parse("2026-03-02T03:30:00Z");
        SlotFinder late = new SlotFinder(Clock.fixed(at1130, ZoneOffset.UTC));
        var slot = late.nextFree(at1130, settings(PostingSlots.DEFAULT, SHANGHAI), List.of()).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
        assertThat(slot.platformHolds()).isFalse();
        assertThat(late.platformHolds(at1130.plus(Duration.ofHours(1)))).isTrue();
        assertThat(late.platformHolds(at1130.plus(Duration.ofDays(14)))).isTrue();
        assertThat(late.platformHolds(at1130.plus(Duration.ofDays(14)).plusSeconds(60))).isFalse();
    }

    @Test
    void aFullDayIsSkipped() {
        List<Instant> fifty = new ArrayList<>();
        for (int i = 0; i < Pace.MAX_PER_DAY; i++) {
            fifty.add(Instant.parse("2026-03-02T13:00:00Z").plusSeconds(60L * i)); // Monday night in Shanghai
        }
        var slot = finder.nextFree(mondayMorning, settings(PostingSlots.DEFAULT, SHANGHAI), fifty).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-03T04:00:00Z"));
    }

    @Test
    void noSlotsNoSuggestion() {
        PostingSlots none = new PostingSlots(Map.of());
        assertThat(finder.nextFree(mondayMorning, settings(none, SHANGHAI), List.of())).isEmpty();
    }

    @Test
    void theSameSlotsAreOtherInstantsInBerlin_andKeepTheirWallClockTimeAcrossTheSpringChange() {
        // Saturday 28 March 2026 22:00 in Berlin (CET, +1); clocks go forward on Sunday the 29th.
        Instant saturdayNight = Instant.parse("2026-03-28T21:00:00Z");
        CalendarSettings berlin = settings(PostingSlots.everyDay(List.of(NOON)), BERLIN);
        var sunday = finder.nextFree(saturdayNight, berlin, List.of()).orElseThrow();
        assertThat(sunday.at()).isEqualTo(Instant.parse("2026-03-29T10:00:00Z")); // 12:00 CEST (+2)
        var saturday = finder.nextFree(Instant.parse("2026-03-28T00:00:00Z"), berlin, List.of()).orElseThrow();
        assertThat(saturday.at()).isEqualTo(Instant.parse("2026-03-28T11:00:00Z")); // 12:00 CET (+1)

        CalendarSettings shanghai = settings(PostingSlots.everyDay(List.of(NOON)), SHANGHAI);
        assertThat(finder.nextFree(saturdayNight, shanghai, List.of()).orElseThrow().at())
                .isEqualTo(Instant.parse("2026-03-29T04:00:00Z")); // Shanghai has no DST: always +8
    }

    @Test
    void aSlotInsideTheSpringGapMovesForwardByTheGap() {
        CalendarSettings early = settings(PostingSlots.everyDay(List.of(LocalTime.of(2, 30))), BERLIN);
        var slot = finder.nextFree(Instant.parse("2026-03-28T23:00:00Z"), early, List.of()).orElseThrow();
        assertThat(slot.at()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // shown as 03:30 CEST
        assertThat(slot.at().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }
}
