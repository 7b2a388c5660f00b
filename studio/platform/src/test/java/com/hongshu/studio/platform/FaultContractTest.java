package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.hongshu.studio.platform.Notes.*;
import static com.hongshu.studio.platform.Orders.*;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per fault action of the control plane: the client classifies each one as the sync engine needs. */
class FaultContractTest extends SandboxTest {
    static final long MINUTE = 60_000L;

    @Test
    void latencyBeyondTheTimeoutIsAnUnknownOutcomeForAWriteAndRetryableForARead() {
        List<FileRef> img = uploadImages(1);
        String noteId = client.createNote(note("已有", img, null, null), null).noteId();
        control.addFault(Map.of("action", "latency", "ms", 20_000, "times", 2));
        PlatformClient impatient = new PlatformClient(platformConfig().withRequestTimeout(Duration.ofMillis(500)),
                ACCOUNT, tokenStore);
        assertCategory(failure(() -> impatient.createNote(note("慢", img, null, null), null)),
                ErrorCategory.UNKNOWN_OUTCOME, 0);
        assertCategory(failure(() -> impatient.getNote(noteId)), ErrorCategory.RETRYABLE, 0);
    }

    @Test
    void httpErrorsWithoutAnEnvelope() {
        control.addFault(Map.of("action", "http", "status", 500, "method", "note.create"));
        control.addFault(Map.of("action", "http", "status", 503, "method", "note.get", "retryAfter", "4"));
        control.addFault(Map.of("action", "http", "status", 404, "method", "note.list"));
        List<FileRef> img = uploadImages(1);
        PlatformException write = failure(() -> client.createNote(note("五百", img, null, null), null));
        assertCategory(write, ErrorCategory.UNKNOWN_OUTCOME, 0);
        assertThat(write.httpStatus()).isEqualTo(500);
        PlatformException read = failure(() -> client.getNote("note-x"));
        assertCategory(read, ErrorCategory.RETRYABLE, 0);
        assertThat(read.retryAfter()).contains(Duration.ofSeconds(4));
        assertCategory(failure(() -> client.listNotes(new NoteListRequest(null, 10, null, null))),
                ErrorCategory.PLATFORM_CHANGED, 0);
    }

    @Test
    void serverErrorsInsideTheEnvelope() {
        control.addFault(Map.of("action", "http", "status", 500, "envelope", true, "method", "inventory.syncSkuStock"));
        control.addFault(Map.of("action", "http", "status", 503, "envelope", true, "retryAfter", "2",
                "method", "inventory.getSkuStock"));
        assertCategory(failure(() -> client.syncSkuStock("sku-x", 1, null)), ErrorCategory.UNKNOWN_OUTCOME, 5000);
        PlatformException busy = failure(() -> client.getSkuStock("sku-x"));
        assertCategory(busy, ErrorCategory.RETRYABLE, 5003);
        assertThat(busy.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void dropBeforeCommitIsUnknownAndNothingWasCreated() {
        List<FileRef> img = uploadImages(1);
        control.addFault(Map.of("action", "drop_before_commit", "method", "note.create"));
        assertCategory(failure(() -> client.createNote(note("丢了", img, null, "ref-drop"), null)),
                ErrorCategory.UNKNOWN_OUTCOME, 0);
        assertThat(control.state("note")).isEmpty();
        assertThat(client.notes(null, "ref-drop", 30).hasNext()).as("read-back proves it absent").isFalse();
    }

    @Test
    void dropAfterCommitIsUnknownAndTheReadBackFindsTheObject() {
        List<FileRef> img = uploadImages(1);
        control.addFault(Map.of("action", "drop_after_commit", "method", "note.create"));
        assertCategory(failure(() -> client.createNote(note("回复丢了", img, null, "ref-lost"), null)),
                ErrorCategory.UNKNOWN_OUTCOME, 0);
        assertThat(control.state("note")).hasSize(1);
        assertThat(client.notes(null, "ref-lost", 30).next().title()).isEqualTo("回复丢了");

        // A read whose reply is lost once is simply sent again; lost every time, it is retryable.
        control.addFault(Map.of("action", "drop_after_commit", "method", "common.getCategories"));
        assertThat(client.getCategories().categories()).isNotEmpty();
        control.addFault(Map.of("action", "drop_after_commit", "method", "inventory.getSkuStock", "times", 0));
        assertCategory(failure(() -> client.getSkuStock("sku-x")), ErrorCategory.RETRYABLE, 0);
    }

    @Test
    void throttleAsHttp429WithSecondsOrAnHttpDateOrInsideTheEnvelope() {
        control.addFault(Map.of("action", "throttle", "method", "note.get", "retryAfter", 7));
        PlatformException seconds = failure(() -> client.getNote("n"));
        assertCategory(seconds, ErrorCategory.RATE_LIMITED, 1201);
        assertThat(seconds.httpStatus()).isEqualTo(429);
        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));

        control.addFault(Map.of("action", "throttle", "method", "note.get", "retryAfter", 120, "httpDate", true,
                "code", 1202));
        PlatformException date = failure(() -> client.getNote("n"));
        assertCategory(date, ErrorCategory.RATE_LIMITED, 1202);
        assertThat(date.retryAfter().orElseThrow().toSeconds()).isBetween(115L, 121L);

        control.addFault(Map.of("action", "throttle", "method", "note.get", "envelope", true));
        PlatformException envelope = failure(() -> client.getNote("n"));
        assertCategory(envelope, ErrorCategory.RATE_LIMITED, 1201);
        assertThat(envelope.httpStatus()).isEqualTo(200);
        assertThat(envelope.retryAfter()).isPresent();
    }

    @Test
    void riskControlStopsThatAccountOnly() {
        control.addFault(Map.of("action", "risk_control", "account", SELLER, "times", 0));
        PlatformException e = failure(client::getCategories);
        assertCategory(e, ErrorCategory.RISK_CONTROL, 1301);
        assertThat(e.httpStatus()).isEqualTo(461);
        PlatformClient other = newClient("acc-2", new InMemoryTokenStore());
        other.connect(control.authorizationCode("seller-2"));
        assertThat(other.getCategories().categories()).isNotEmpty();

        control.clearFaults();
        control.addFault(Map.of("action", "risk_control", "code", 1302, "method", "note.create"));
        assertCategory(failure(() -> createNote("被封")), ErrorCategory.RISK_CONTROL, 1302);
    }

    @Test
    void anExpiredTokenIsRefreshedOnceTransparently() {
        String before = tokenStore.load(ACCOUNT).orElseThrow().accessToken();
        control.addFault(Map.of("action", "expire_token", "method", "common.getCategories"));
        assertThat(client.getCategories().categories()).isNotEmpty();
        assertThat(control.calls("oauth.refreshToken")).isEqualTo(1);
        assertThat(tokenStore.load(ACCOUNT).orElseThrow().accessToken()).isNotEqualTo(before);
    }

    @Test
    void anHtmlPageIsAChangedPlatformNotAnEmptyList() {
        control.addFault(Map.of("action", "html_200", "method", "note.list"));
        assertCategory(failure(() -> client.notes(null, null, 30).hasNext()), ErrorCategory.PLATFORM_CHANGED, 0);
    }

    @Test
    void renamedFieldsAreAChangedPlatformNotAnEmptyList() {
        createNote("有一条");
        control.addFault(Map.of("action", "schema_drift", "method", "note.list"));
        assertCategory(failure(() -> client.listNotes(new NoteListRequest(null, 10, null, null))),
                ErrorCategory.PLATFORM_CHANGED, 0);
        control.addFault(Map.of("action", "schema_drift", "method", "note.listStats"));
        assertCategory(failure(() -> client.listStats(new Stats.StatsRequest(null, 12, null, null))),
                ErrorCategory.PLATFORM_CHANGED, 0);
    }

    @Test
    void falseSuccessSaysOkButTheReadBackFindsNothing() {
        List<FileRef> img = uploadImages(1);
        control.addFault(Map.of("action", "false_success", "method", "note.create"));
        CreatedNote said = client.createNote(note("说好了", img, null, "ref-false"), null);
        assertThat(said.noteId()).isNotBlank();
        assertCategory(failure(() -> client.getNote(said.noteId())), ErrorCategory.NOT_FOUND, 3001);
        assertThat(client.notes(null, "ref-false", 30).hasNext()).isFalse();
    }

    @Test
    void auditRejectTurnsUpAfterTheReview() {
        control.addFault(Map.of("action", "audit_reject", "method", "note.create", "reason", "疑似搬运"));
        CreatedNote n = createNote("会被拒");
        assertThat(n.status()).isEqualTo("REVIEWING");
        control.advanceClock(2 * MINUTE);
        Note later = client.getNote(n.noteId());
        assertThat(later.status()).isEqualTo("REJECTED");
        assertThat(later.rejectReason()).isEqualTo("疑似搬运");
    }

    @Test
    void pagingDriftNeitherRepeatsNorSkips() {
        String skuId = createItem("ERP-D").skuList().get(0).skuId();
        long now = control.now();
        control.orders(Map.of("skuId", skuId, "count", 9, "createdAt", now - 60_000));
        control.addFault(Map.of("action", "paging_drift", "method", "order.getOrderList", "nth", 2));
        List<String> ids = new ArrayList<>();
        PageIterator<Order> it = new PageIterator<>(pageNo -> {
            OrderPage p = client.getOrderList(new OrderListRequest(now - 3_600_000, now, BY_CREATED, pageNo, 4));
            return new PageIterator.Page<>(p.total(), p.orderList());
        }, Order::orderId, 4);
        it.forEachRemaining(o -> ids.add(o.orderId()));
        List<String> onPlatform = new ArrayList<>();
        control.state("order").forEach(o -> onPlatform.add(o.path("orderId").asText()));
        assertThat(onPlatform).hasSize(10);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onPlatform);
        assertThat(it.passes()).isGreaterThan(1);

        control.seed(Map.of("products", 9));
        control.addFault(Map.of("action", "paging_drift", "method", "product.getDetailSkuList", "nth", 2));
        List<String> skus = new ArrayList<>();
        client.skus(4).forEachRemaining(s -> skus.add(s.skuId()));
        assertThat(skus).hasSize(10).doesNotHaveDuplicates();

        control.seed(Map.of("notes", 13));
        control.addFault(Map.of("action", "paging_drift", "method", "note.listStats", "nth", 2));
        List<String> stats = new ArrayList<>();
        client.stats(null, null, 12).forEachRemaining(s -> stats.add(s.noteId()));
        assertThat(stats).hasSize(14).doesNotHaveDuplicates();
    }

    @Test
    void clockSkewIsRetriedOnceAndAPersistentOneNeedsTheUser() {
        control.addFault(Map.of("action", "clock_skew", "method", "common.getCategories", "skewMs", 3_600_000));
        assertThat(client.getCategories().categories()).isNotEmpty();
        assertThat(control.calls("common.getCategories")).isEqualTo(2);

        control.addFault(Map.of("action", "clock_skew", "method", "common.getLogisticsList", "skewMs", 3_600_000,
                "times", 0));
        assertCategory(failure(client::getLogisticsList), ErrorCategory.NEEDS_USER, 1003);
    }

    @Test
    void faultRulesAreListedWithTheirCounters() {
        control.addFault(Map.of("action", "http", "status", 502, "method", "note.get", "nth", 2));
        assertThat(client.getCategories()).isNotNull();
        assertCategory(failure(() -> client.getNote("n")), ErrorCategory.NOT_FOUND, 3001);
        assertCategory(failure(() -> client.getNote("n")), ErrorCategory.RETRYABLE, 0);
        assertCategory(failure(() -> client.getNote("n")), ErrorCategory.NOT_FOUND, 3001);
        JsonNode rule = control.faults().get(0);
        assertThat(rule.path("matched").asInt()).isEqualTo(3);
        assertThat(rule.path("fired").asInt()).isEqualTo(1);
        control.clearFaults();
        assertThat(control.faults()).isEmpty();
    }
}
