package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * note.listStats and account.getDailyStats. Counters are a deterministic, non-decreasing function of virtual time
 * since publication, arriving {@link #LAG_MS} late, so every advance of the clock brings news.
 */
final class Stats {
    static final long LAG_MS = 5 * 60_000L;
    static final long STEP_MS = 60_000L;
    static final Set<Integer> PAGE_SIZES = Set.of(12, 24, 36, 48);
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final State s;
    private final Notes notes;

    Stats(State s, Notes notes) {
        this.s = s;
        this.notes = notes;
    }

    void register(Map<String, MethodDef> m) {
        m.put("note.listStats", MethodDef.read("note.listStats", this::listStats));
        m.put("account.getDailyStats", MethodDef.read("account.getDailyStats", this::dailyStats));
    }

    private ObjectNode listStats(Call c) {
        String cursor = Params.str(c.params(), "cursor");
        int pageSize = Params.intOr(c.params(), "pageSize", 12);
        if (!PAGE_SIZES.contains(pageSize)) throw ApiError.invalid("pageSize must be 12, 24, 36 or 48");
        Long updatedSince = Params.optLong(c.params(), "updatedSince");
        ArrayNode ids = Params.arr(c.params(), "noteIds");
        Set<String> wanted = new HashSet<>();
        if (ids != null) ids.forEach(i -> wanted.add(i.asText()));
        if (c.has(FaultRule.Action.PAGING_DRIFT)) notes.driftNote(c);
        notes.advanceAll(c.now());
        List<ObjectNode> hits = s.store.list("note", c.sellerId()).stream()
                .filter(n -> n.path("status").asText().equals("PUBLISHED"))
                .filter(n -> cursor == null || cursor.isEmpty() || n.path("noteId").asText().compareTo(cursor) > 0)
                .filter(n -> wanted.isEmpty() || wanted.contains(n.path("noteId").asText()))
                .map(n -> counters(n, c.now()))
                .filter(st -> updatedSince == null || st.path("statsUpdatedAt").asLong() > updatedSince)
                .toList();
        ObjectNode d = s.object();
        ArrayNode items = d.putArray("items");
        hits.stream().limit(pageSize).forEach(items::add);
        d.put("hasMore", hits.size() > pageSize);
        d.put("cursor", items.isEmpty() ? (cursor == null ? "" : cursor)
                : items.get(items.size() - 1).path("noteId").asText());
        d.put("serverTime", c.now());
        return d;
    }

    static ObjectNode counters(ObjectNode note, long now) {
        long published = note.path("publishTime").asLong();
        long steps = Math.max(0, (now - published - LAG_MS) / STEP_MS);
        int h = Math.floorMod(note.path("noteId").asText().hashCode(), 1_000_003);
        long impressions = steps * (20 + h % 30);
        long reads = impressions * (10 + h % 7) / 100;
        ObjectNode st = note.objectNode();
        st.put("noteId", note.path("noteId").asText());
        st.put("title", note.path("title").asText());
        st.put("postTime", published);
        st.put("impressions", impressions);
        st.put("readCount", reads);
        st.put("likeCount", reads * (5 + h % 5) / 100);
        st.put("collectCount", reads / 20);
        st.put("commentCount", reads / 50);
        st.put("shareCount", reads / 80);
        st.put("followerGain", reads / 100);
        st.put("statsUpdatedAt", steps == 0 ? published : published + LAG_MS + steps * STEP_MS);
        return st;
    }

    private ObjectNode dailyStats(Call c) {
        long from = Params.reqLong(c.params(), "from");
        long to = Params.reqLong(c.params(), "to");
        LocalDate first = Notes.day(from);
        LocalDate last = Notes.day(Math.min(to, c.now()));
        if (to < from || first.plusDays(90).isBefore(last)) throw ApiError.invalid("from..to must span 1..90 days");
        if (first.isBefore(FIRST_DAY)) throw ApiError.invalid("no data before " + FIRST_DAY);
        int seed = Math.floorMod(c.sellerId().hashCode(), 97);
        long followers = 1000;
        ObjectNode d = s.object();
        ArrayNode days = d.putArray("days");
        for (LocalDate day = FIRST_DAY; !day.isAfter(last); day = day.plusDays(1)) {
            long k = day.toEpochDay() + seed;
            long gained = 5 + (k * 7) % 20;
            long lost = (k * 3) % 6;
            followers += gained - lost;
            if (!day.isBefore(first)) {
                ObjectNode row = days.addObject();
                row.put("date", day.toString());
                row.put("followers", followers);
                row.put("newFollowers", gained);
                row.put("lostFollowers", lost);
                row.put("profileViews", 40 + (k * 13) % 90);
            }
        }
        return d;
    }
}
