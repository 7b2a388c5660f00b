package com.hongshu.studio.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The wall-clock times (in the account's zone, minute precision) the user likes to post at, per weekday. Stored as
 * text such as {@code MON=12:00,19:30;TUE=12:00}.
 */
public record PostingSlots(Map<DayOfWeek, List<LocalTime>> byDay) {

    /** Lunch and evening every day: the two busiest reading times on the platform. */
    public static final PostingSlots DEFAULT = everyDay(List.of(LocalTime.of(12, 0), LocalTime.of(19, 30)));

    public PostingSlots {
        Map<DayOfWeek, List<LocalTime>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<LocalTime> times = byDay.getOrDefault(d, List.of());
            copy.put(d, List.copyOf(new TreeSet<>(times.stream()
                    .map(t -> t.withSecond(0).withNano(0)).toList())));
        }
        byDay = Collections.unmodifiableMap(copy);
    }

    public static PostingSlots everyDay(List<LocalTime> times) {
        Map<DayOfWeek, List<LocalTime>> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            m.put(d, times);
        }
        return new PostingSlots(m);
    }

    public List<LocalTime> on(DayOfWeek day) {
        return byDay.get(day);
    }

    public boolean isEmpty() {
        return byDay.values().stream().allMatch(List::isEmpty);
    }

    public PostingSlots with(DayOfWeek day, List<LocalTime> times) {
        Map<DayOfWeek, List<LocalTime>> m = new EnumMap<>(byDay);
        m.put(day, times);
        return new PostingSlots(m);
    }

    public String encode() {
        List<String> parts = new ArrayList<>();
        byDay.forEach((d, times) -> {
            if (!times.isEmpty()) {
                parts.add(d.name().substring(0, 3) + "=" + formatTimes(times));
            }
        });
        return String.join(";", parts);
    }

    /** Reads {@link #encode()}'s text; throws {@link IllegalArgumentException} naming the part that is wrong. */
    public static PostingSlots parse(String text) {
        Map<DayOfWeek, List<LocalTime>> m = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return new PostingSlots(m);
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(part);
            }
            m.put(day(part.substring(0, eq).strip()), parseTimes(part.substring(eq + 1)));
        }
        return new PostingSlots(m);
    }

    /** One day's times as the user types them, e.g. {@code 12:00, 19:30}; blank is none. */
    public static List<LocalTime> parseTimes(String text) {
        List<LocalTime> out = new ArrayList<>();
        for (String raw : text.split("[,，\\s]+")) {
            String t = raw.strip().replace('：', ':');
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(raw.strip(), e);
            }
        }
        return out;
    }

    public static String formatTimes(List<LocalTime> times) {
        return String.join(", ", times.stream().map(LocalTime::toString).toList());
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.toUpperCase(java.util.Locale.ROOT)) && abbreviation.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
