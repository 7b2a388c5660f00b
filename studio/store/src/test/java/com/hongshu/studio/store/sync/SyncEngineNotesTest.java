package com.hongshu.studio.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.MediaStep;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.ScheduledTime;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.store.sync.FakePlatform.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist 4, 6, 7, 9, 13, 14, 15 at the engine: notes, their media, verification and their time. */
class SyncEngineNotesTest {

    @TempDir
    Path dir;

    private SyncFixture f;
    private long account;

    @BeforeEach
    void setUp() {
        f = SyncFixture.create(dir);
        account = f.account("seller-1", "Asia/Shanghai").id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Operation note(long id, Instant due) {
        return f.outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", id, "{\"id\":" + id + "}")
                .dueAt(due)).operation();
    }

    private FakePlatform.Remote remote(Operation op) {
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);
        return f.platform.objects(FakePlatform.naturalKey(op)).get(0);
    }

    @Test
    void aPublishedNoteIsNotRepublishedByASecondClickButIsByAnExplicitPublishAgain() {
        Operation op = note(1, null);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);

        EnqueueResult again = f.outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"id\":1}"));
        assertThat(again.kind()).isEqualTo(EnqueueResult.Kind.ALREADY_DONE);
        f.runUntil(() -> false, 20);
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(1);

        EnqueueResult publishAgain = f.outbox.enqueue(
                NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"id\":1}").asRepublish());
        assertThat(f.settle(publishAgain.operation().id())).isTrue();
        assertThat(f.platform.objects(FakePlatform.naturalKey(op))).hasSize(2);
    }

    @Test
    void uploadedMediaAreReusedWhileThePermitIsValid_andUploadedAgainAfter() {
        f.platform.permitTtl = Duration.ofMinutes(30);
        Operation op = note(1, null);
        f.platform.failNextExecute(Fault.REFUSED, Fault.REFUSED);

        f.step();
        Operation afterFirst = f.op(op.id());
        MediaStep firstUpload = MediaStep.decode(afterFirst.stepState());
        assertThat(afterFirst.status()).isEqualTo(OperationStatus.WAITING_RETRY);
        assertThat(firstUpload.fileIds()).hasSize(2);
        f.clock.set(afterFirst.nextAttemptAt());
        f.step();
        assertThat(f.platform.uploads).as("reused while the permit is valid").isEqualTo(1);

        f.advance(Duration.ofMinutes(40));
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.platform.uploads).as("uploaded again after the permit expired").isEqualTo(2);
        assertThat(remote(op).fileIds()).doesNotContainAnyElementsOf(firstUpload.fileIds());
    }

    @Test
    void mediaTheCreateCallsExpiredAreUploadedAgain() {
        Operation op = note(1, null);
        f.platform.failNextExecute(Fault.MEDIA_EXPIRED);
        f.step();
        assertThat(f.op(op.id()).lastErrorCode()).isEqualTo(SyncErrors.MEDIA_INVALID);
        assertThat(f.op(op.id()).stepState()).isNull();
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.platform.uploads).isEqualTo(2);
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
    }

    @Test
    void mediaStillProcessingArePolledWithBackoff_andAFailedUploadIsRetriedAsAnUpload() {
        f.platform.processingPollsPerUpload = 3;
        Operation op = note(1, null);
        f.platform.failNextMedia(Fault.REFUSED);

        f.step();
        assertThat(f.op(op.id()).lastErrorCode()).isEqualTo(SyncErrors.MEDIA_FAILED);
        f.clock.set(f.op(op.id()).nextAttemptAt());
        f.step();
        Operation processing = f.op(op.id());
        assertThat(processing.lastErrorCode()).isEqualTo(SyncErrors.MEDIA_PROCESSING);
        assertThat(MediaStep.decode(processing.stepState()).state()).isEqualTo(MediaStep.State.PROCESSING);

        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.uploads).isEqualTo(1);
        assertThat(f.platform.polls).isEqualTo(3);
    }

    @Test
    void aFalseSuccessIsReadBackWithinTheVerificationWindowAndShownAsUnconfirmed() {
        Operation op = note(1, null);
        f.platform.failNextExecute(Fault.FALSE_SUCCESS);
        Instant sent = f.clock.instant();

        f.step();
        Operation verifying = f.op(op.id());
        assertThat(verifying.status()).isEqualTo(OperationStatus.VERIFYING);
        assertThat(verifying.remoteId()).isNotNull();
        assertThat(verifying.verifyUntil()).isEqualTo(sent.plus(f.config.verifyWindow()));

        assertThat(f.settle(op.id())).isTrue();
        Operation unconfirmed = f.op(op.id());
        assertThat(unconfirmed.status()).isEqualTo(OperationStatus.UNCONFIRMED);
        assertThat(unconfirmed.lastErrorCode()).isEqualTo(SyncErrors.FALSE_SUCCESS);
        assertThat(f.clock.instant()).isAfterOrEqualTo(verifying.verifyUntil());
        assertThat(f.platform.lookups).isGreaterThan(1);
        assertThat(f.platform.executedKeys).as("never sent again on its own").hasSize(1);
        assertThat(f.outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"id\":1}")).kind())
                .as("publishing again is the user's explicit decision").isEqualTo(EnqueueResult.Kind.ALREADY_DONE);
    }

    @Test
    void aRealSuccessIsConfirmedByTheFirstReadBack() {
        Operation op = note(1, null);
        f.step();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.VERIFYING);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.op(op.id()).remoteId()).isEqualTo(remote(op).id());
        assertThat(f.platform.lookups).isEqualTo(1);
    }

    @Test
    void offlineAtTheScheduledTime_withinGracePublishesOnceOnStart_beyondItIsMissed() {
        Instant now = f.clock.instant();
        Operation recent = note(1, now.minus(Duration.ofMinutes(20)));
        Operation old = note(2, now.minus(Duration.ofHours(2)));

        f.runUntil(() -> f.status(recent.id()) == OperationStatus.SUCCEEDED
                && f.status(old.id()) == OperationStatus.MISSED, 100);

        assertThat(f.status(recent.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(remote(recent).postTime()).as("published now, not scheduled in the past").isNull();
        assertThat(f.status(old.id())).isEqualTo(OperationStatus.MISSED);
        assertThat(f.platform.objects(FakePlatform.naturalKey(old))).isEmpty();

        assertThat(f.engine.retryNow(old.id())).as("the user says: publish it now").isTrue();
        assertThat(f.settle(old.id())).isTrue();
        assertThat(f.status(old.id())).isEqualTo(OperationStatus.SUCCEEDED);
    }

    @Test
    void nativeSchedulingEdges_theEngineHoldsOrPublishesLocallyWhatThePlatformWouldRefuse() {
        Instant now = f.clock.instant();
        Operation in59min = note(1, now.plus(Duration.ofMinutes(59)));
        Operation in3days = note(2, now.plus(Duration.ofDays(3)));
        Operation in14days = note(3, now.plus(Duration.ofDays(14)));
        Operation in14daysAnd1s = note(4, now.plus(Duration.ofDays(14)).plusSeconds(1));

        f.engine.runUntilIdle(20); // the clock stands still: only what is due now

        assertThat(f.status(in59min.id())).isEqualTo(OperationStatus.PENDING);
        assertThat(f.op(in59min.id()).nextAttemptAt()).isEqualTo(in59min.dueAt());
        assertThat(f.op(in14daysAnd1s.id()).nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        assertThat(remote(in3days).postTime()).isEqualTo(in3days.dueAt());
        assertThat(remote(in14days).postTime()).isEqualTo(in14days.dueAt());

        assertThat(f.runUntil(() -> f.status(in14daysAnd1s.id()) == OperationStatus.SUCCEEDED, 200)).isTrue();
        assertThat(remote(in14daysAnd1s).postTime()).isEqualTo(in14daysAnd1s.dueAt());
        assertThat(f.platform.objects(FakePlatform.naturalKey(in59min))).as("not yet").isEmpty();

        assertThat(f.runUntil(() -> f.status(in59min.id()) == OperationStatus.SUCCEEDED, 500)).isTrue();
        FakePlatform.Remote local = remote(in59min);
        assertThat(local.postTime()).as("published by the app itself").isNull();
        assertThat(f.platform.executeTimes.get(f.platform.executeTimes.size() - 1)).isAfterOrEqualTo(in59min.dueAt());
    }

    @Test
    void aNoteScheduledForBerlinAcrossTheDstChangeKeepsItsInstant_whateverTheComputersZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        f.clock.set(Instant.parse("2026-03-20T10:00:00Z"));
        // The user picks Sunday 29 March 2026, 09:00 in Berlin: after the clocks go forward (CEST, UTC+2).
        Instant due = ScheduledTime.toInstant(LocalDateTime.parse("2026-03-29T09:00:00"), berlin);
        assertThat(due).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        Operation op = note(1, due);

        TimeZone original = TimeZone.getDefault();
        try {
            // The computer moves to another zone and the studio restarts: nothing stored depends on it.
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            f.restart();
            f.runUntil(() -> f.status(op.id()) == OperationStatus.SUCCEEDED, 100);
        } finally {
            TimeZone.setDefault(original);
        }

        assertThat(remote(op).postTime()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(ScheduledTime.wallClock(remote(op).postTime(), berlin)).isEqualTo("2026-03-29T09:00");
        assertThat(ScheduledTime.wallClock(remote(op).postTime(), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2026-03-29T15:00");
    }

    @Test
    void editingANoteScheduledOnThePlatform_cancelsItThereFirstThenRecreatesIt() {
        Instant due = f.clock.instant().plus(Duration.ofDays(2));
        Operation op = note(1, due);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(remote(op).postTime()).isEqualTo(due);

        // The notes feature queues both in one transaction; the create waits for the cancel (same object, in order).
        Instant newDue = due.plus(Duration.ofHours(3));
        Operation recreate = f.db.inTransaction(c -> {
            f.outbox.enqueue(c, NewOperation.of(account, OperationKind.NOTE_CANCEL, "note", 1, "{\"noteId\":1}"));
            return f.outbox.enqueue(c, NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"v\":2}")
                    .dueAt(newDue).asRepublish()).operation();
        });
        f.platform.failNextExecute(Fault.DROP_AFTER_COMMIT); // the cancel's reply is lost: it is simply sent again

        assertThat(f.settle(recreate.id())).isTrue();
        assertThat(f.status(recreate.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(remote(recreate).postTime()).isEqualTo(newDue);
        assertThat(remote(recreate).payload()).isEqualTo("{\"v\":2}");
    }

    @Test
    void aVerificationReadThatFailsNeverConcludesUnconfirmed_evenAfterTheWindow() {
        Operation op = note(1, null);
        f.step();
        Operation verifying = f.op(op.id());
        f.clock.set(verifying.verifyUntil().plus(Duration.ofMinutes(5))); // a backlog delayed the first check
        f.platform.failNextLookup(Fault.LOOKUP_FAILS, Fault.HTML_200);
        f.step();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.VERIFYING);
        assertThat(f.op(op.id()).lastErrorCode()).isEqualTo(SyncErrors.READ_BACK_FAILED);
        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.platform.lookups).isEqualTo(3);
    }

    @Test
    void aPublishAgainWhoseReplyIsLostAdoptsItsOwnNoteNotTheFirstOne() {
        Operation first = note(1, null);
        assertThat(f.settle(first.id())).isTrue();
        Operation again = f.outbox.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", 1, "{\"id\":1}")
                .asRepublish()).operation();
        f.platform.failNextExecute(Fault.DROP_AFTER_COMMIT);

        assertThat(f.settle(again.id())).isTrue();

        assertThat(f.platform.objects(FakePlatform.naturalKey(first))).hasSize(2);
        assertThat(f.op(again.id()).status()).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(f.op(again.id()).remoteId()).isNotEqualTo(f.op(first.id()).remoteId())
                .isEqualTo(f.platform.objects(FakePlatform.naturalKey(first)).get(1).id());
    }

    @Test
    void aNativeScheduleThePlatformRefusesIsPublishedByTheStudioAtItsTime() {
        Instant due = f.clock.instant().plus(Duration.ofHours(2));
        Operation op = note(1, due);
        f.platform.failNextExecute(Fault.POST_TIME_REFUSED);

        f.step();
        Operation held = f.op(op.id());
        assertThat(held.status()).isEqualTo(OperationStatus.PENDING);
        assertThat(held.nextAttemptAt()).isEqualTo(due);
        assertThat(held.lastErrorCode()).isEqualTo(SyncErrors.NATIVE_SCHEDULE_REFUSED);

        assertThat(f.settle(op.id())).isTrue();
        assertThat(f.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
        assertThat(remote(op).postTime()).isNull();
        assertThat(f.platform.executeTimes).singleElement().satisfies(t -> assertThat(t).isAfterOrEqualTo(due));
    }
}
