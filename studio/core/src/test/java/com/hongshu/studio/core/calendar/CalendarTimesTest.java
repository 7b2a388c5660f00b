package com.hongshu.studio.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.workspace.SettingsRepository;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stored instants, zones and the calendar's settings. */
class CalendarTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void changingTheComputersZoneAfterSchedulingMovesNothing() {
        // Scheduled for 19:30 Shanghai while the computer was in Shanghai; then the laptop travels to Berlin.
        Instant stored = Reschedule.at(LocalDate.of(2026, 3, 30), LocalTime.of(19, 30), SHANGHAI);
        DualTime before = DualTime.of(stored, SHANGHAI, SHANGHAI);
        DualTime after = DualTime.of(stored, SHANGHAI, BERLIN);
        assertThat(before.differs()).isFalse();
        assertThat(after.account()).isEqualTo(before.account());
        assertThat(after.account().toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(after.differs()).isTrue();
        assertThat(after.local().toLocalTime()).isEqualTo(LocalTime.of(13, 30)); // CEST, after the change
        assertThat(DualTime.of(stored.minus(Duration.ofDays(7)), SHANGHAI, BERLIN).local().toLocalTime())
                .isEqualTo(LocalTime.of(12, 30)); // CET, a week earlier
    }

    @Test
    void zonesWithTheSameOffsetShowOneTime() {
        assertThat(DualTime.of(Instant.parse("2026-03-02T04:00:00Z"), SHANGHAI, ZoneId.of("Asia/Hong_Kong"))
                .differs()).isFalse();
    }

    @Test
    void movingToAnotherDayKeepsTheWallClockTimeAcrossDst() {
        Instant fridayNoon = Instant.parse("2026-03-27T11:00:00Z"); // 12:00 CET
        Instant monday = Reschedule.toDay(fridayNoon, LocalDate.of(2026, 3, 30), BERLIN);
        assertThat(monday).isEqualTo(Instant.parse("2026-03-30T10:00:00Z")); // 12:00 CEST
        assertThat(Reschedule.toDay(fridayNoon, LocalDate.of(2026, 3, 30), SHANGHAI))
                .isEqualTo(Instant.parse("2026-03-30T11:00:00Z")); // 19:00 in Shanghai stays 19:00
    }

    @Test
    void publishedNotesAndPastTimesAreRefused() {
        Instant now = Instant.parse("2026-03-02T04:00:00Z");
        assertThat(Reschedule.refusal(NoteStatus.PUBLISHED, now.plusSeconds(3600), now))
                .contains(Reschedule.Refusal.PUBLISHED);
        assertThat(Reschedule.refusal(NoteStatus.SCHEDULED, now.minusSeconds(60), now))
                .contains(Reschedule.Refusal.IN_PAST);
        assertThat(Reschedule.refusal(NoteStatus.SCHEDULED, now, now)).contains(Reschedule.Refusal.IN_PAST);
        assertThat(Reschedule.refusal(NoteStatus.SCHEDULED, now.plusSeconds(60), now)).isEmpty();
        assertThat(Reschedule.refusal(NoteStatus.FAILED, now.plusSeconds(60), now)).isEmpty();
    }

    @Test
    void slotsAreReadAsTyped_andBadTimesNamed() {
        assertThat(PostingSlots.parseTimes("19:30, 9:05，12：00")).containsExactly(LocalTime.of(19, 30),
                LocalTime.of(9, 5), LocalTime.of(12, 0));
        assertThat(PostingSlots.parseTimes("  ")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostingSlots.parseTimes("12:00, 25:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("25:00");
        PostingSlots slots = PostingSlots.DEFAULT.with(DayOfWeek.SUNDAY, List.of()).with(DayOfWeek.MONDAY,
                List.of(LocalTime.of(19, 30), LocalTime.of(8, 0)));
        assertThat(slots.on(DayOfWeek.MONDAY)).containsExactly(LocalTime.of(8, 0), LocalTime.of(19, 30));
        assertThat(PostingSlots.parse(slots.encode())).isEqualTo(slots);
    }

    @Test
    void settingsRoundTripAndDamagedValuesFallBackToDefaults() {
        MapSettings map = new MapSettings();
        CalendarSettingsStore store = new CalendarSettingsStore(map);
        assertThat(store.load()).isEqualTo(CalendarSettings.DEFAULT);
        assertThat(store.load().accountZone()).isEqualTo(SHANGHAI);

        CalendarSettings mine = new CalendarSettings(PostingSlots.everyDay(List.of(LocalTime.of(8, 15))),
                new Pace(Duration.ofMinutes(45), Pace.MAX_PER_DAY), BERLIN);
        store.save(mine);
        assertThat(new CalendarSettingsStore(map).load()).as("the zone is the account's, not saved here")
                .isEqualTo(mine.withZone(SHANGHAI));

        map.put(CalendarSettingsStore.SLOTS, "MON=noon");
        map.put(CalendarSettingsStore.GAP_MINUTES, "-5");
        map.put(CalendarSettingsStore.ZONE, "Mars/Olympus");
        assertThat(store.load()).isEqualTo(CalendarSettings.DEFAULT);
    }

    private static final class MapSettings implements SettingsRepository {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }
    }
}
