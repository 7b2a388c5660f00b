package com.hongshu.studio.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds notes that sit too close together: two of the same day (in the account's zone) closer than the minimum gap,
 * or a day with more than the daily maximum. A warning for the user to act on; nothing is refused.
 */
public final class PaceCheck {

    public enum Crowding { TOO_CLOSE, DAY_FULL }

    /** A note on the calendar. */
    public record Placed(long id, Instant at) {
    }

    private PaceCheck() {
    }

    /** The crowded notes only, each with why. */
    public static Map<Long, Set<Crowding>> check(Collection<Placed> notes, Pace pace, ZoneId zone) {
        Map<LocalDate, List<Placed>> byDay = new TreeMap<>();
        for (Placed p : notes) {
            byDay.computeIfAbsent(LocalDate.ofInstant(p.at(), zone), d -> new ArrayList<>()).add(p);
        }
        Map<Long, Set<Crowding>> out = new HashMap<>();
        for (List<Placed> day : byDay.values()) {
            day.sort(Comparator.comparing(Placed::at).thenComparingLong(Placed::id));
            for (int i = 1; i < day.size(); i++) {
                Placed a = day.get(i - 1);
                Placed b = day.get(i);
                if (Duration.between(a.at(), b.at()).compareTo(pace.minGap()) < 0) {
                    flag(out, a, Crowding.TOO_CLOSE);
                    flag(out, b, Crowding.TOO_CLOSE);
                }
            }
            if (day.size() > pace.maxPerDay()) {
                day.forEach(p -> flag(out, p, Crowding.DAY_FULL));
            }
        }
        return out;
    }

    private static void flag(Map<Long, Set<Crowding>> out, Placed p, Crowding c) {
        out.computeIfAbsent(p.id(), id -> EnumSet.noneOf(Crowding.class)).add(c);
    }
}
