package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.hongshu.studio.platform.Notes.*;
import static org.assertj.core.api.Assertions.assertThat;

class LimitsAndIdempotencyContractTest extends SandboxTest {

    @Test
    void perAppAndPerMethodRateLimitsWithRetryAfter() {
        control.config(Map.of("appRatePerSecond", 3));
        control.advanceClock(1_000);
        for (int i = 0; i < 3; i++) client.getCategories();
        PlatformException app = failure(client::getLogisticsList);
        assertCategory(app, ErrorCategory.RATE_LIMITED, 1201);
        assertThat(app.httpStatus()).isEqualTo(429);
        assertThat(app.retryAfter()).contains(Duration.ofSeconds(1));

        control.config(Map.of("appRatePerSecond", 0, "methodRatePerSecond", 2, "retryAfterHttpDate", true));
        control.advanceClock(1_000);
        client.getCategories();
        client.getCategories();
        PlatformException method = failure(client::getCategories);
        assertCategory(method, ErrorCategory.RATE_LIMITED, 1202);
        assertThat(method.retryAfter()).isPresent();
        assertThat(client.getLogisticsList().logisticsList()).as("other methods go on").isNotEmpty();
        control.advanceClock(1_000);
        assertThat(client.getCategories().categories()).isNotEmpty();
    }

    @Test
    void throttlingCanBeSignalledInsideA200Envelope() {
        control.config(Map.of("appRatePerSecond", 1, "throttleInEnvelope", true));
        control.advanceClock(1_000);
        client.getCategories();
        PlatformException e = failure(client::getCategories);
        assertCategory(e, ErrorCategory.RATE_LIMITED, 1201);
        assertThat(e.httpStatus()).isEqualTo(200);
    }

    @Test
    void aRepeatedKeyReplaysTheFirstOutcome() {
        CreateNoteRequest req = note("只发一次", uploadImages(1), null, null);
        CreatedNote first = client.createNote(req, "key-1");
        CreatedNote again = client.createNote(req, "key-1");
        assertThat(again).isEqualTo(first);
        assertThat(control.state("note")).hasSize(1);

        PlatformException other = failure(() -> client.createNote(note("别的内容", req.images(), null, null), "key-1"));
        assertCategory(other, ErrorCategory.CONFLICT, 1401);
        assertThat(other.httpStatus()).isEqualTo(422);
    }

    @Test
    void aValidationFailureIsReplayedToo() {
        CreateNoteRequest bad = note("一".repeat(21), uploadImages(1), null, null);
        assertCategory(failure(() -> client.createNote(bad, "key-bad")), ErrorCategory.VALIDATION, 2002);
        assertCategory(failure(() -> client.createNote(bad, "key-bad")), ErrorCategory.VALIDATION, 2002);
    }

    @Test
    void aQuotaRefusalIsNotReplayedSoTheSameKeySucceedsLater() {
        control.config(Map.of("noteMinIntervalMs", 30_000));
        List<FileRef> img = uploadImages(1);
        client.createNote(note("头一条", img, null, null), "key-a");
        CreateNoteRequest second = note("第二条", img, null, null);
        assertCategory(failure(() -> client.createNote(second, "key-b")), ErrorCategory.RATE_LIMITED, 1203);
        control.advanceClock(30_000);
        assertThat(client.createNote(second, "key-b").status()).isEqualTo("REVIEWING");
        assertThat(control.state("note")).hasSize(2);
    }

    @Test
    void aKeyStillInFlightIsAConflictToRetryLater() throws Exception {
        CreateNoteRequest req = note("还在路上", uploadImages(1), null, null);
        control.addFault(Map.of("action", "latency", "method", "note.create", "ms", 30_000));
        CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return client.createNote(req, "key-slow");
            } catch (PlatformException e) {
                return e;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (control.state("idem").isEmpty()) {
            assertThat(System.nanoTime()).as("the first call reached the sandbox").isLessThan(deadline);
            Thread.onSpinWait();
        }
        PlatformException e = failure(() -> client.createNote(req, "key-slow"));
        assertCategory(e, ErrorCategory.CONFLICT, 1402);
        assertThat(e.httpStatus()).isEqualTo(409);
        assertThat(e.retryAfter()).isPresent();
        slow.cancel(true);
    }

    @Test
    void withIdempotencyOffTheSameKeyCreatesTwice() {
        control.config(Map.of("idempotency", false));
        CreateNoteRequest req = note("真平台行为", uploadImages(1), null, null);
        CreatedNote a = client.createNote(req, "key-2");
        CreatedNote b = client.createNote(req, "key-2");
        assertThat(a.noteId()).isNotEqualTo(b.noteId());
        assertThat(control.state("note")).hasSize(2);
    }

    @Test
    void stateAndTheSecretSurviveARestart() {
        String itemId = createItem("ERP-P").itemId();
        long clockBefore = control.advanceClock(3_600_000);
        String secret = sandbox.appSecret();
        sandbox.close();
        sandbox = com.hongshu.studio.sandbox.SandboxServer.start(config());
        control = sandbox.control();
        assertThat(sandbox.appSecret()).isEqualTo(secret);
        assertThat(control.now()).isEqualTo(clockBefore);
        PlatformClient again = newClient(ACCOUNT, tokenStore);
        assertThat(again.getItemInfo(itemId).skuList()).extracting(Products.Sku::erpCode).containsExactly("ERP-P");
        assertThat(again.searchItemList(List.of("ERP-P"), 1, 10).total()).isEqualTo(1);
    }
}
