package com.hongshu.studio.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.calendar.PaceCheck.Crowding;
import com.hongshu.studio.core.calendar.PaceCheck.Placed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaceCheckTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void twoNotesCloserThanTheGapAreBothFlagged_aThirdFarEnoughIsNot() {
        var notes = List.of(new Placed(1, Instant.parse("2026-03-02T04:00:00Z")),
                new Placed(2, Instant.parse("2026-03-02T04:20:00Z")),
                new Placed(3, Instant.parse("2026-03-02T05:00:00Z")));
        var crowded = PaceCheck.check(notes, Pace.DEFAULT, SHANGHAI);
        assertThat(crowded).containsOnlyKeys(1L, 2L);
        assertThat(crowded.get(1L)).containsExactly(Crowding.TOO_CLOSE);
    }

    @Test
    void theGapIsTheUsersSetting() {
        var notes = List.of(new Placed(1, Instant.parse("2026-03-02T04:00:00Z")),
                new Placed(2, Instant.parse("2026-03-02T04:20:00Z")));
        assertThat(PaceCheck.check(notes, new Pace(Duration.ofMinutes(10), 50), SHANGHAI)).isEmpty();
        assertThat(PaceCheck.check(notes, new Pace(Duration.ofMinutes(21), 50), SHANGHAI)).hasSize(2);
    }

    @Test
    void theDayIsTheAccountsDay() {
        // 23:50 and 00:05 the next day in Shanghai; the same evening (16:50 and 17:05) in Berlin.
        var notes = List.of(new Placed(1, Instant.parse("2026-03-02T15:50:00Z")),
                new Placed(2, Instant.parse("2026-03-02T16:05:00Z")));
        assertThat(PaceCheck.check(notes, Pace.DEFAULT, SHANGHAI)).isEmpty();
        assertThat(PaceCheck.check(notes, Pace.DEFAULT, BERLIN)).containsOnlyKeys(1L, 2L);
    }

    @Test
    void moreThanFiftyADayFlagsTheWholeDay() {
        List<Placed> notes = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            notes.add(new Placed(i, Instant.parse("2026-03-02T00:00:00Z").plus(Duration.ofMinutes(28L * i))));
        }
        Pace pace = new Pace(Duration.ofMinutes(25), Pace.MAX_PER_DAY);
        var crowded = PaceCheck.check(notes, pace, ZoneId.of("UTC"));
        assertThat(crowded).hasSize(51);
        assertThat(crowded.values()).allMatch(s -> s.equals(Set.of(Crowding.DAY_FULL)));
        assertThat(PaceCheck.check(notes.subList(0, 50), pace, ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void acrossTheAutumnChangeRealTimeCounts() {
        // Berlin, 25 Oct 2026: 02:50 CEST and 02:10 CET are 20 minutes apart though the clock went backwards.
        var notes = List.of(new Placed(1, Instant.parse("2026-10-25T00:50:00Z")),
                new Placed(2, Instant.parse("2026-10-25T01:10:00Z")));
        assertThat(PaceCheck.check(notes, Pace.DEFAULT, BERLIN)).containsOnlyKeys(1L, 2L);
    }
}
