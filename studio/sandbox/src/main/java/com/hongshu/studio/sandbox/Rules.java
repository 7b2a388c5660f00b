package com.hongshu.studio.sandbox;

import java.util.ArrayList;
import java.util.List;

/** The platform's own content rules, written independently of the studio's rules in core. */
final class Rules {
    static final int TITLE_MAX = 20;
    static final int NOTE_DESC_MAX = 1000;
    static final int TOPICS_MAX = 10;
    static final int IMAGES_MAX = 18;
    static final long POST_MIN_AHEAD_MS = 3_600_000L;
    static final long POST_MAX_AHEAD_MS = 14L * 24 * 3_600_000L;
    static final long PRICE_MAX_FEN = 10_000_000L;
    static final int ITEM_DESC_MAX = 500;

    private final List<String> forbiddenWords;

    Rules(List<String> forbiddenWords) {
        this.forbiddenWords = List.copyOf(forbiddenWords);
    }

    /** CJK and full-width characters count 1, ASCII counts 1/2; the sum is rounded up. */
    static int titleWeight(String title) {
        int halves = 0;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            halves += cp < 0x80 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return (halves + 1) / 2;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    List<String> forbiddenIn(String text) {
        List<String> hits = new ArrayList<>();
        if (text == null) return hits;
        for (String w : forbiddenWords) {
            if (text.contains(w)) hits.add(w);
        }
        return hits;
    }

    void checkNoForbidden(String... texts) {
        for (String t : texts) {
            List<String> hits = forbiddenIn(t);
            if (!hits.isEmpty()) {
                throw new ApiError(2004, "forbidden word: " + String.join(",", hits));
            }
        }
    }

    static void checkNoteTitle(String title) {
        if (titleWeight(title) > TITLE_MAX) throw new ApiError(2002, "title longer than " + TITLE_MAX);
    }

    static void checkNoteDesc(String desc) {
        if (length(desc) > NOTE_DESC_MAX) throw new ApiError(2003, "desc longer than " + NOTE_DESC_MAX);
    }

    static void checkTopics(int count) {
        if (count > TOPICS_MAX) throw new ApiError(2005, "more than " + TOPICS_MAX + " topics");
    }

    static void checkImages(int count) {
        if (count < 1 || count > IMAGES_MAX) throw ApiError.invalid("images must be 1.." + IMAGES_MAX);
    }

    static void checkPostTime(long postTime, long now) {
        if (postTime < now + POST_MIN_AHEAD_MS || postTime > now + POST_MAX_AHEAD_MS) {
            throw new ApiError(2006, "postTime must be within [now+1h, now+14d]");
        }
    }

    static void checkPrice(long price, long originalPrice) {
        if (price <= 0 || price > PRICE_MAX_FEN || price >= originalPrice) {
            throw new ApiError(2007, "price must be positive, below originalPrice and at most " + PRICE_MAX_FEN);
        }
    }

    static void checkItemDesc(String desc) {
        if (desc != null && length(desc) > ITEM_DESC_MAX) {
            throw new ApiError(2003, "description longer than " + ITEM_DESC_MAX);
        }
    }
}
