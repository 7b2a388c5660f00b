package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** media.getUploadPermit, the upload itself, note.*, topic.search and user.searchAts. */
final class Notes {
    static final long PERMIT_TTL_MS = 30 * 60_000L;
    static final Set<String> STATUSES = Set.of("REVIEWING", "SCHEDULED", "PUBLISHED", "REJECTED", "DELETED",
            "CANCELLED");

    private final State s;

    Notes(State s) {
        this.s = s;
    }

    void register(Map<String, MethodDef> m) {
        m.put("media.getUploadPermit", MethodDef.write("media.getUploadPermit", this::permit));
        m.put("note.create", MethodDef.write("note.create", this::create));
        m.put("note.get", MethodDef.read("note.get", this::get));
        m.put("note.list", MethodDef.read("note.list", this::list));
        m.put("note.cancelSchedule", MethodDef.write("note.cancelSchedule", this::cancel));
        m.put("note.delete", MethodDef.write("note.delete", this::delete));
        m.put("topic.search", MethodDef.read("topic.search", c -> search(c, "topic", "topics", "name")));
        m.put("user.searchAts", MethodDef.read("user.searchAts", c -> search(c, "user", "users", "nickname")));
    }

    // ---- media ----

    private ObjectNode permit(Call c) {
        String scene = Params.reqStr(c.params(), "scene");
        if (!scene.equals("image") && !scene.equals("video")) throw ApiError.invalid("scene must be image or video");
        long count = Params.reqLong(c.params(), "fileCount");
        if (count < 1 || count > Rules.IMAGES_MAX) throw ApiError.invalid("fileCount must be 1..18");
        String token = "up-" + s.newId("permit");
        long expireAt = c.now() + PERMIT_TTL_MS;
        ObjectNode d = s.object();
        ArrayNode ids = d.putArray("fileIds");
        for (int i = 0; i < count; i++) {
            ObjectNode f = s.object();
            String id = s.newId("file");
            f.put("fileId", id);
            f.put("sellerId", c.sellerId());
            f.put("scene", scene);
            f.put("token", token);
            f.put("expireAt", expireAt);
            f.put("uploaded", false);
            s.store.put("file", id, c.sellerId(), f);
            ids.add(id);
        }
        d.put("token", token);
        d.put("expireAt", expireAt);
        return d;
    }

    /** {@code PUT /upload/{fileId}} with {@code X-Upload-Token}. */
    ObjectNode upload(String fileId, String token, byte[] bytes, long now) {
        ObjectNode f = s.store.get("file", fileId);
        if (f == null) throw new ApiError(2008, "unknown fileId " + fileId);
        if (token == null || !token.equals(f.path("token").asText())) {
            throw new ApiError(2010, "upload token invalid for this file");
        }
        if (f.path("expireAt").asLong() < now) throw new ApiError(2010, "upload permit expired");
        if (bytes.length > s.settings.maxUploadBytes) throw new ApiError(2011, "file too large", 413, null, null);
        if (bytes.length == 0) throw ApiError.invalid("empty upload");
        f.put("uploaded", true);
        f.put("size", bytes.length);
        f.put("md5", md5(bytes));
        f.put("uploadedAt", now);
        s.store.put("file", fileId, f.path("sellerId").asText(), f);
        ObjectNode d = s.object();
        d.put("fileId", fileId);
        d.put("size", bytes.length);
        d.put("md5", f.path("md5").asText());
        return d;
    }

    // ---- notes ----

    private ObjectNode create(Call c) {
        ObjectNode p = c.params();
        String type = Params.reqStr(p, "type");
        if (!type.equals("normal") && !type.equals("video")) throw ApiError.invalid("type must be normal or video");
        String title = p.path("title").asText("");
        String desc = p.path("desc").asText("");
        Rules.checkNoteTitle(title);
        Rules.checkNoteDesc(desc);
        s.rules.checkNoForbidden(title, desc);
        ArrayNode topics = Params.arr(p, "topics");
        Rules.checkTopics(topics == null ? 0 : topics.size());
        ArrayNode images = Params.arr(p, "images");
        Rules.checkImages(images == null ? 0 : images.size());
        int privacy = Params.intOr(p, "privacy", 0);
        if (privacy < 0 || privacy > 2) throw ApiError.invalid("privacy must be 0, 1 or 2");
        Long postTime = Params.optLong(p, "postTime");
        if (postTime != null) Rules.checkPostTime(postTime, c.now());
        for (JsonNode img : images) {
            checkFile(c.sellerId(), Params.reqStr(img, "fileId"), c.now());
        }
        checkQuota(c.sellerId(), c.now());

        String id = s.newId("note");
        ObjectNode n = s.object();
        n.put("noteId", id);
        n.put("sellerId", c.sellerId());
        n.put("type", type);
        n.put("title", title);
        n.put("desc", desc);
        n.set("images", images);
        n.set("topics", topics == null ? s.array() : topics);
        n.set("ats", p.path("ats").isArray() ? p.get("ats") : s.array());
        n.put("privacy", privacy);
        n.put("isOriginal", p.path("isOriginal").asBoolean(false));
        n.set("productIds", p.path("productIds").isArray() ? p.get("productIds") : s.array());
        n.put("clientRef", Params.str(p, "clientRef"));
        n.put("createTime", c.now());
        n.put("shareUrl", "https://www.xiaohongshu.com/discovery/item/" + id);
        if (c.has(FaultRule.Action.AUDIT_REJECT)) {
            n.put("rejectOnReview", c.faults().get(FaultRule.Action.AUDIT_REJECT).params
                    .path("reason").asText("内容涉嫌违规，审核未通过"));
        }
        if (postTime != null) {
            n.put("status", "SCHEDULED");
            n.put("postTime", postTime);
        } else {
            n.put("status", "REVIEWING");
            n.put("postTime", c.now());
            n.put("reviewAt", c.now() + s.settings.reviewDelayMs);
        }
        advance(n, c.now());
        s.store.put("note", id, c.sellerId(), n);
        ObjectNode d = s.object();
        d.put("noteId", id);
        d.put("status", n.path("status").asText());
        d.put("postTime", n.path("postTime").asLong());
        d.put("shareUrl", n.path("shareUrl").asText());
        return d;
    }

    private void checkFile(String seller, String fileId, long now) {
        ObjectNode f = s.store.get("file", fileId);
        if (f == null || !seller.equals(f.path("sellerId").asText()) || !f.path("uploaded").asBoolean()) {
            throw new ApiError(2008, "file missing: " + fileId);
        }
        if (f.path("expireAt").asLong() < now) throw new ApiError(2008, "file expired: " + fileId);
        if (f.path("uploadedAt").asLong() + s.settings.mediaProcessingMs > now) {
            throw new ApiError(2009, "file still processing: " + fileId);
        }
    }

    private void checkQuota(String seller, long now) {
        long minGap = s.settings.noteMinIntervalMs;
        int cap = s.settings.noteDailyCap;
        if (minGap <= 0 && cap <= 0) return;
        LocalDate today = day(now);
        long last = Long.MIN_VALUE;
        int createdToday = 0;
        for (ObjectNode n : s.store.list("note", seller)) {
            long t = n.path("createTime").asLong();
            last = Math.max(last, t);
            if (day(t).equals(today)) createdToday++;
        }
        if (cap > 0 && createdToday >= cap) {
            long midnight = today.plusDays(1).atStartOfDay(State.PLATFORM_ZONE).toInstant().toEpochMilli();
            throw new ApiError(1203, "daily publishing cap reached", 429, ceilSeconds(midnight - now), null);
        }
        if (minGap > 0 && last != Long.MIN_VALUE && last + minGap > now) {
            throw new ApiError(1203, "publishing too fast", 429, ceilSeconds(last + minGap - now), null);
        }
    }

    private static long ceilSeconds(long ms) {
        return Math.max(1, (ms + 999) / 1000);
    }

    static LocalDate day(long ms) {
        return Instant.ofEpochMilli(ms).atZone(State.PLATFORM_ZONE).toLocalDate();
    }

    /** Moves a note along its life as virtual time passes. Answers whether it changed. */
    boolean advance(ObjectNode n, long now) {
        boolean changed = false;
        String status = n.path("status").asText();
        if (status.equals("SCHEDULED") && n.path("postTime").asLong() <= now) {
            finishReview(n, n.path("postTime").asLong());
            changed = true;
        } else if (status.equals("REVIEWING") && n.path("reviewAt").asLong() <= now) {
            finishReview(n, n.path("reviewAt").asLong());
            changed = true;
        }
        return changed;
    }

    private static void finishReview(ObjectNode n, long at) {
        if (n.hasNonNull("rejectOnReview")) {
            n.put("status", "REJECTED");
            n.put("rejectReason", n.path("rejectOnReview").asText());
        } else {
            n.put("status", "PUBLISHED");
            n.put("publishTime", at);
        }
    }

    /** Brings every stored note up to the virtual clock (before listings and state dumps). */
    void advanceAll(long now) {
        for (ObjectNode n : s.store.list("note")) {
            if (advance(n, now)) s.store.put("note", n.path("noteId").asText(), n.path("sellerId").asText(), n);
        }
    }

    ObjectNode note(String seller, String id, long now) {
        ObjectNode n = s.store.get("note", id);
        if (n == null || (seller != null && !seller.equals(n.path("sellerId").asText()))) {
            throw ApiError.notFound(id);
        }
        if (advance(n, now)) s.store.put("note", id, n.path("sellerId").asText(), n);
        return n;
    }

    static ObjectNode view(ObjectNode n) {
        ObjectNode v = n.deepCopy();
        v.remove(List.of("sellerId", "reviewAt", "rejectOnReview"));
        return v;
    }

    private ObjectNode get(Call c) {
        return view(note(c.sellerId(), Params.reqStr(c.params(), "noteId"), c.now()));
    }

    private ObjectNode list(Call c) {
        String cursor = Params.str(c.params(), "cursor");
        int pageSize = Params.intOr(c.params(), "pageSize", 20);
        if (pageSize < 1 || pageSize > 30) throw ApiError.invalid("pageSize must be 1..30");
        String status = Params.str(c.params(), "status");
        if (status != null && !STATUSES.contains(status)) throw ApiError.invalid("unknown status " + status);
        String clientRef = Params.str(c.params(), "clientRef");
        if (c.has(FaultRule.Action.PAGING_DRIFT)) driftNote(c);
        advanceAll(c.now());
        List<ObjectNode> hits = s.store.list("note", c.sellerId()).stream()
                .filter(n -> cursor == null || cursor.isEmpty() || n.path("noteId").asText().compareTo(cursor) > 0)
                .filter(n -> status == null ? !n.path("status").asText().equals("DELETED")
                        : n.path("status").asText().equals(status))
                .filter(n -> clientRef == null || clientRef.equals(n.path("clientRef").asText(null)))
                .toList();
        ObjectNode d = s.object();
        ArrayNode items = d.putArray("items");
        hits.stream().limit(pageSize).forEach(n -> items.add(view(n)));
        d.put("hasMore", hits.size() > pageSize);
        d.put("cursor", items.isEmpty() ? (cursor == null ? "" : cursor)
                : items.get(items.size() - 1).path("noteId").asText());
        return d;
    }

    /** A note published by someone else on the account lands while the client is paging. */
    void driftNote(Call c) {
        String id = s.newId("note");
        ObjectNode n = s.object();
        n.put("noteId", id);
        n.put("sellerId", c.sellerId());
        n.put("type", "normal");
        n.put("title", "手机端发布的笔记");
        n.put("desc", "");
        n.set("images", s.array());
        n.set("topics", s.array());
        n.put("status", "PUBLISHED");
        n.put("createTime", c.now());
        n.put("postTime", c.now());
        n.put("publishTime", c.now());
        n.put("shareUrl", "https://www.xiaohongshu.com/discovery/item/" + id);
        s.store.put("note", id, c.sellerId(), n);
    }

    private ObjectNode cancel(Call c) {
        ObjectNode n = note(c.sellerId(), Params.reqStr(c.params(), "noteId"), c.now());
        if (!n.path("status").asText().equals("SCHEDULED")) {
            throw ApiError.wrongState("only a SCHEDULED note can be cancelled, this one is "
                    + n.path("status").asText());
        }
        n.put("status", "CANCELLED");
        s.store.put("note", n.path("noteId").asText(), c.sellerId(), n);
        return statusReply(n);
    }

    private ObjectNode delete(Call c) {
        ObjectNode n = note(c.sellerId(), Params.reqStr(c.params(), "noteId"), c.now());
        n.put("status", "DELETED");
        s.store.put("note", n.path("noteId").asText(), c.sellerId(), n);
        return statusReply(n);
    }

    private ObjectNode statusReply(ObjectNode n) {
        ObjectNode d = s.object();
        d.put("noteId", n.path("noteId").asText());
        d.put("status", n.path("status").asText());
        return d;
    }

    /** Control plane: publish now, or reject with a reason. */
    ObjectNode review(String id, boolean publish, String reason, long now) {
        ObjectNode n = note(null, id, now);
        if (publish) {
            n.put("status", "PUBLISHED");
            n.put("publishTime", now);
            n.remove("rejectReason");
        } else {
            n.put("status", "REJECTED");
            n.put("rejectReason", reason == null ? "内容涉嫌违规，审核未通过" : reason);
        }
        n.remove("rejectOnReview");
        s.store.put("note", id, n.path("sellerId").asText(), n);
        return view(n);
    }

    private ObjectNode search(Call c, String kind, String field, String nameField) {
        String keyword = Params.str(c.params(), "keyword");
        ObjectNode d = s.object();
        ArrayNode out = d.putArray(field);
        s.store.list(kind).stream()
                .filter(x -> keyword == null || keyword.isEmpty() || x.path(nameField).asText().contains(keyword))
                .limit(20).forEach(out::add);
        return d;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
