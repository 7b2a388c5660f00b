package com.hongshu.studio.core.notes;

import java.time.Duration;

/**
 * The platform's numbers for notes (shared/design/PLATFORM-RULES.md), in one versioned place so that they can be
 * updated without touching the code that applies them.
 */
public record NoteRules(String version, int titleMaxWeighted, int bodyMaxChars, int minImages, int maxImages,
                        int maxTopics, Duration scheduleMinAhead, Duration scheduleMaxAhead) {

    public static final NoteRules CURRENT =
            new NoteRules("2026-11", 20, 1000, 1, 18, 10, Duration.ofHours(1), Duration.ofDays(14));

    /**
     * The title's length as the platform counts it: CJK and full-width characters (anything outside ASCII) count 1,
     * ASCII counts 1/2, and the total is rounded up.
     */
    public static int weightedLength(String text) {
        int halves = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            halves += cp < 0x80 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return (halves + 1) / 2;
    }

    /** The body's length: characters as a reader sees them (code points, so an emoji counts once). */
    public static int bodyLength(String text) {
        return text.codePointCount(0, text.length());
    }
}
