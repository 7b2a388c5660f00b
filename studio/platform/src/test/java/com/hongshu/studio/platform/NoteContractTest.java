package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.hongshu.studio.platform.Notes.*;
import static org.assertj.core.api.Assertions.assertThat;

class NoteContractTest extends SandboxTest {
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    @Test
    void aNoteGoesThroughReviewToPublished() {
        List<FileRef> images = uploadImages(3);
        CreatedNote created = client.createNote(note("周末穿搭", images, null, "ref-1"), null);
        assertThat(created.status()).isEqualTo("REVIEWING");
        assertThat(created.shareUrl()).contains(created.noteId());
        Note reviewing = client.getNote(created.noteId());
        assertThat(reviewing.images()).containsExactlyElementsOf(images);
        assertThat(reviewing.clientRef()).isEqualTo("ref-1");
        control.advanceClock(2 * MINUTE);
        assertThat(client.getNote(created.noteId()).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void theControlPlanePublishesOrRejects() {
        String a = createNote("笔记A").noteId();
        String b = createNote("笔记B").noteId();
        control.publishNote(a);
        control.rejectNote(b, "图片不清晰");
        assertThat(client.getNote(a).status()).isEqualTo("PUBLISHED");
        Note rejected = client.getNote(b);
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.rejectReason()).isEqualTo("图片不清晰");
    }

    @Test
    void aScheduledNoteCanBeCancelledOnlyWhileScheduled() {
        long postTime = control.now() + 2 * HOUR;
        CreatedNote n = client.createNote(note("定时笔记", uploadImages(1), postTime, null), null);
        assertThat(n.status()).isEqualTo("SCHEDULED");
        assertThat(n.postTime()).isEqualTo(postTime);
        assertThat(client.cancelSchedule(n.noteId(), null).status()).isEqualTo("CANCELLED");
        assertCategory(failure(() -> client.cancelSchedule(n.noteId(), null)), ErrorCategory.CONFLICT, 3002);

        CreatedNote later = client.createNote(note("定时笔记2", uploadImages(1), postTime, null), null);
        control.advanceClock(2 * HOUR);
        assertThat(client.getNote(later.noteId()).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void deleteIsIdempotentAndUnknownIdsAreNotFound() {
        String id = createNote("要删的").noteId();
        assertThat(client.deleteNote(id, null).status()).isEqualTo("DELETED");
        assertThat(client.deleteNote(id, null).status()).isEqualTo("DELETED");
        assertThat(client.getNote(id).status()).isEqualTo("DELETED");
        assertCategory(failure(() -> client.getNote("note-nope")), ErrorCategory.NOT_FOUND, 3001);
        assertCategory(failure(() -> client.deleteNote("note-nope", null)), ErrorCategory.NOT_FOUND, 3001);
    }

    @Test
    void titleIsWeightedCjkOneAsciiHalf() {
        List<FileRef> img = uploadImages(1);
        assertThat(client.createNote(note("一".repeat(20), img, null, null), null).noteId()).isNotBlank();
        assertThat(client.createNote(note("a".repeat(40), img, null, null), null).noteId()).isNotBlank();
        assertThat(client.createNote(note("一".repeat(19) + "ab", img, null, null), null).noteId()).isNotBlank();
        assertCategory(failure(() -> client.createNote(note("一".repeat(21), img, null, null), null)),
                ErrorCategory.VALIDATION, 2002);
        assertCategory(failure(() -> client.createNote(note("a".repeat(41), img, null, null), null)),
                ErrorCategory.VALIDATION, 2002);
        assertCategory(failure(() -> client.createNote(note("一".repeat(20) + "a", img, null, null), null)),
                ErrorCategory.VALIDATION, 2002);
    }

    @Test
    void noteRulesAreEnforced() {
        List<FileRef> img = uploadImages(1);
        CreateNoteRequest ok = note("规则", img, null, null);
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "规则", "字".repeat(1001), img,
                List.of(), List.of(), null, 0, null, null, null), null)), ErrorCategory.VALIDATION, 2003);
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "最好的", "", img,
                List.of(), List.of(), null, 0, null, null, null), null)), ErrorCategory.VALIDATION, 2004);
        List<TopicRef> topics = new ArrayList<>();
        for (int i = 0; i < 11; i++) topics.add(new TopicRef("topic-" + (i + 1), "t" + i));
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "规则", "", img,
                topics, List.of(), null, 0, null, null, null), null)), ErrorCategory.VALIDATION, 2005);
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "规则", "", List.of(),
                List.of(), List.of(), null, 0, null, null, null), null)), ErrorCategory.VALIDATION, 2001);
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "规则", "",
                Collections.nCopies(19, img.get(0)), List.of(), List.of(), null, 0, null, null, null), null)),
                ErrorCategory.VALIDATION, 2001);
        assertCategory(failure(() -> client.createNote(new CreateNoteRequest("normal", "规则", "", img,
                List.of(), List.of(), null, 3, null, null, null), null)), ErrorCategory.VALIDATION, 2001);
        assertThat(client.createNote(ok, null).noteId()).isNotBlank();
    }

    @Test
    void postTimeMustBeBetweenOneHourAndFourteenDaysAhead() {
        List<FileRef> img = uploadImages(1);
        long now = control.now();
        assertCategory(failure(() -> client.createNote(note("早", img, now + 59 * MINUTE, null), null)),
                ErrorCategory.VALIDATION, 2006);
        assertCategory(failure(() -> client.createNote(note("晚", img, now + 14 * DAY + 1000, null), null)),
                ErrorCategory.VALIDATION, 2006);
        assertThat(client.createNote(note("刚好", img, now + HOUR, null), null).status()).isEqualTo("SCHEDULED");
        assertThat(client.createNote(note("末尾", img, now + 14 * DAY, null), null).status()).isEqualTo("SCHEDULED");
    }

    @Test
    void mediaMustBeUploadedReadyAndWithinItsPermit() {
        UploadPermit permit = client.getUploadPermit("image", 2, null);
        assertThat(permit.fileIds()).hasSize(2);
        FileRef notUploaded = new FileRef(permit.fileIds().get(0));
        assertCategory(failure(() -> client.createNote(note("缺图", List.of(notUploaded), null, null), null)),
                ErrorCategory.VALIDATION, 2008);
        assertCategory(failure(() -> client.upload(permit.fileIds().get(0), "wrong-token", png(2, 2))),
                ErrorCategory.VALIDATION, 2010);
        UploadResult up = client.upload(permit.fileIds().get(0), permit.token(), png(2, 2));
        assertThat(up.size()).isPositive();
        assertThat(up.md5()).hasSize(32);

        control.config(Map.of("mediaProcessingMs", 3_000));
        assertCategory(failure(() -> client.createNote(note("处理中", List.of(notUploaded), null, null), null)),
                ErrorCategory.RETRYABLE, 2009);
        control.advanceClock(3_000);
        assertThat(client.createNote(note("好了", List.of(notUploaded), null, null), null).noteId()).isNotBlank();

        control.advanceClock(31 * MINUTE);
        assertCategory(failure(() -> client.upload(permit.fileIds().get(1), permit.token(), png(2, 2))),
                ErrorCategory.VALIDATION, 2010);
        assertCategory(failure(() -> client.createNote(note("过期", List.of(notUploaded), null, null), null)),
                ErrorCategory.VALIDATION, 2008);
        assertCategory(failure(() -> client.getUploadPermit("image", 19, null)), ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void anUploadTooLargeIs413() {
        control.config(Map.of("maxUploadBytes", 16));
        UploadPermit permit = client.getUploadPermit("image", 1, null);
        PlatformException e = failure(() -> client.upload(permit.fileIds().get(0), permit.token(), new byte[17]));
        assertCategory(e, ErrorCategory.VALIDATION, 2011);
        assertThat(e.httpStatus()).isEqualTo(413);
    }

    @Test
    void publishingQuotaSaysWhenToComeBack() {
        control.config(Map.of("noteMinIntervalMs", 30_000, "noteDailyCap", 2));
        List<FileRef> img = uploadImages(1);
        client.createNote(note("一", img, null, null), null);
        PlatformException fast = failure(() -> client.createNote(note("二", img, null, null), null));
        assertCategory(fast, ErrorCategory.RATE_LIMITED, 1203);
        assertThat(fast.retryAfter().orElseThrow().toSeconds()).isBetween(1L, 30L);
        control.advanceClock(30_000);
        client.createNote(note("二", img, null, null), null);
        control.advanceClock(30_000);
        PlatformException capped = failure(() -> client.createNote(note("三", img, null, null), null));
        assertCategory(capped, ErrorCategory.RATE_LIMITED, 1203);
        assertThat(capped.retryAfter().orElseThrow().toHours()).isLessThanOrEqualTo(24);
    }

    @Test
    void listingFollowsTheCursorAndFiltersByStatusAndClientRef() {
        List<FileRef> img = uploadImages(1);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(client.createNote(note("笔记" + i, img, null, "ref-" + i), null).noteId());
        }
        NotePage first = client.listNotes(new NoteListRequest(null, 3, null, null));
        assertThat(first.items()).hasSize(3);
        assertThat(first.hasMore()).isTrue();
        List<String> all = new ArrayList<>();
        client.notes(null, null, 3).forEachRemaining(n -> all.add(n.noteId()));
        assertThat(all).containsExactlyElementsOf(created);
        List<String> byRef = new ArrayList<>();
        client.notes(null, "ref-4", 30).forEachRemaining(n -> byRef.add(n.noteId()));
        assertThat(byRef).containsExactly(created.get(4));
        control.publishNote(created.get(0));
        List<String> published = new ArrayList<>();
        client.notes("PUBLISHED", null, 30).forEachRemaining(n -> published.add(n.noteId()));
        assertThat(published).containsExactly(created.get(0));
        assertCategory(failure(() -> client.listNotes(new NoteListRequest(null, 31, null, null))),
                ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void statsKeepGrowingWithVirtualTime() {
        control.seed(Map.of("notes", 30));
        control.advanceClock(10 * MINUTE);
        List<Stats.NoteStats> first = new ArrayList<>();
        client.stats(null, null, 12).forEachRemaining(first::add);
        assertThat(first).hasSize(30).extracting(Stats.NoteStats::noteId).doesNotHaveDuplicates();
        Stats.StatsPage page = client.listStats(new Stats.StatsRequest(null, 12, null, null));
        long serverTime = page.serverTime();
        assertThat(page.items()).hasSize(12);
        assertThat(page.hasMore()).isTrue();

        assertThat(client.listStats(new Stats.StatsRequest(null, 48, serverTime, null)).items())
                .as("nothing new without time passing").isEmpty();
        control.advanceClock(MINUTE);
        List<Stats.NoteStats> later = new ArrayList<>();
        client.stats(null, serverTime, 48).forEachRemaining(later::add);
        assertThat(later).hasSize(30);
        Stats.NoteStats a = first.get(0);
        Stats.NoteStats b = later.stream().filter(s -> s.noteId().equals(a.noteId())).findFirst().orElseThrow();
        assertThat(b.impressions()).isGreaterThan(a.impressions());
        assertThat(b.readCount()).isGreaterThanOrEqualTo(a.readCount());
        assertThat(b.statsUpdatedAt()).isGreaterThan(a.statsUpdatedAt());

        assertThat(client.listStats(new Stats.StatsRequest(null, 12, null, List.of(a.noteId()))).items())
                .singleElement().extracting(Stats.NoteStats::noteId).isEqualTo(a.noteId());
        assertCategory(failure(() -> client.listStats(new Stats.StatsRequest(null, 13, null, null))),
                ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void dailyAccountStats() {
        long now = control.now();
        Stats.DailyStatsReply r = client.getDailyStats(now - 6 * DAY, now);
        assertThat(r.days()).hasSize(7);
        Stats.DailyStats d0 = r.days().get(0);
        Stats.DailyStats d1 = r.days().get(1);
        assertThat(d1.followers()).isEqualTo(d0.followers() + d1.newFollowers() - d1.lostFollowers());
        assertCategory(failure(() -> client.getDailyStats(now - 200 * DAY, now)), ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void gatewayChecksSystemFieldsMethodAndTimestamp() throws Exception {
        assertThat(rawCall("{\"method\":\"note.get\"}").path("error_code").asInt()).isEqualTo(1001);
        assertThat(rawCall("not json").path("error_code").asInt()).isEqualTo(2001);
        long ts = System.currentTimeMillis() / 1000;
        assertThat(rawCall(signed("note.unknown", ts)).path("error_code").asInt()).isEqualTo(1005);
        assertThat(rawCall(signed("note.list", ts - 3600)).path("error_code").asInt()).isEqualTo(1003);
        assertThat(rawCall(signed("note.list", ts)).path("success").asBoolean()).isTrue();
        assertCategory(failure(() -> client.getNote(null)), ErrorCategory.VALIDATION, 2001);
    }

    private String signed(String method, long timestamp) {
        String token = tokenStore.load(ACCOUNT).orElseThrow().accessToken();
        return "{\"method\":\"" + method + "\",\"appId\":\"" + sandbox.appId() + "\",\"timestamp\":" + timestamp
                + ",\"version\":\"2.0\",\"sign\":\"" + Signer.sign(method, sandbox.appId(), timestamp, "2.0",
                sandbox.appSecret()) + "\",\"accessToken\":\"" + token + "\"}";
    }

    private JsonNode rawCall(String body) throws Exception {
        var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/ark/open_api/v3/common_controller"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return Models.mapper().readTree(res.body());
    }
}
