package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.Payloads;
import com.hongshu.studio.core.sync.ScheduledTime;
import com.hongshu.studio.core.sync.SyncAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Platform-native scheduling against the sandbox, with the engine's clock and the sandbox's virtual clock moved
 * together: the 1 h and 14 d edges, a Berlin time across its spring change, and the computer's zone changed after
 * scheduling.
 */
class SandboxSchedulingTest {

    @TempDir
    Path dir;

    private static Operation scheduled(SandboxSync s, long account, long localId, Instant due) {
        Payloads.NoteCreate p = new Payloads.NoteCreate("normal", "定时笔记 " + localId, "内容", List.of("p" + localId),
                List.of(), List.of(), 0, List.of());
        return s.enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", localId, s.codec.encode(p))
                .dueAt(due));
    }

    private static JsonNode remote(SandboxSync s, Operation op) {
        List<JsonNode> notes = s.remoteNotes(op.idempotencyKey());
        assertThat(notes).hasSize(1);
        return notes.get(0);
    }

    @Test
    void aNoteDueWithinTheHourIsPublishedByTheStudioAtItsTime_oneDueInTwoHoursIsScheduledOnThePlatform() {
        try (SandboxSync s = new SandboxSync(dir, true, 1)) {
            SyncAccount account = s.account("seller-1");
            Instant now = s.clock.instant();
            Operation soon = scheduled(s, account.id(), 1, now.plus(Duration.ofMinutes(59)));
            Operation later = scheduled(s, account.id(), 2, now.plus(Duration.ofHours(2)));
            s.runUntil(() -> s.status(later.id()) == OperationStatus.SUCCEEDED, 200);
            JsonNode native_ = remote(s, later);
            assertThat(native_.path("status").asText()).isEqualTo("SCHEDULED");
            assertThat(native_.path("postTime").asLong()).isEqualTo(later.dueAt().toEpochMilli());
            assertThat(s.remoteNotes(soon.idempotencyKey())).as("held until its time").isEmpty();

            assertThat(s.settle(soon.id())).isTrue();
            assertThat(s.status(soon.id())).isEqualTo(OperationStatus.SUCCEEDED);
            JsonNode local = remote(s, soon);
            assertThat(local.path("status").asText()).isEqualTo("REVIEWING");
            assertThat(local.path("createTime").asLong()).isGreaterThanOrEqualTo(soon.dueAt().toEpochMilli());
        }
    }

    @Test
    void aNoteDueBeyondFourteenDaysIsHeldThenScheduledOnThePlatformWhenItEntersTheWindow() {
        try (SandboxSync s = new SandboxSync(dir, false, 2)) {
            SyncAccount account = s.account("seller-1");
            Instant due = s.clock.instant().plus(Duration.ofDays(14)).plusSeconds(1);
            Operation op = scheduled(s, account.id(), 1, due);
            s.engine.runOnce();
            assertThat(s.remoteNotes(op.idempotencyKey())).isEmpty();
            assertThat(s.op(op.id()).nextAttemptAt()).isEqualTo(due.minus(Duration.ofDays(14)));
            assertThat(s.settle(op.id())).isTrue();
            JsonNode note = remote(s, op);
            assertThat(note.path("status").asText()).isEqualTo("SCHEDULED");
            assertThat(note.path("postTime").asLong()).isEqualTo(due.toEpochMilli());
        }
    }

    @Test
    void aBerlinTimeAcrossItsSpringChangeKeepsItsInstant_evenWhenTheComputersZoneChangesAfterScheduling() {
        try (SandboxSync s = new SandboxSync(dir, true, 3)) {
            // Berlin springs forward on 2027-03-28 at 02:00; the clock shows 2027-03-27 in Shanghai.
            s.clock.set(Instant.parse("2027-03-27T04:00:00Z"));
            SyncAccount account = s.account("seller-1");
            Instant due = ScheduledTime.toInstant(LocalDateTime.parse("2027-03-28T09:00"), ZoneId.of("Europe/Berlin"));
            assertThat(due).isEqualTo(Instant.parse("2027-03-28T07:00:00Z")); // CEST, +02:00 after the change
            Instant shanghai = ScheduledTime.toInstant(LocalDateTime.parse("2027-03-28T09:00"),
                    ZoneId.of("Asia/Shanghai"));
            assertThat(Duration.between(shanghai, due)).isEqualTo(Duration.ofHours(6));
            Operation op = scheduled(s, account.id(), 1, due);
            s.clock.setZone(ZoneId.of("America/New_York")); // the computer moved; decisions use instants only
            s.restart();
            assertThat(s.settle(op.id())).isTrue();
            assertThat(s.status(op.id())).isEqualTo(OperationStatus.SUCCEEDED);
            assertThat(remote(s, op).path("postTime").asLong()).isEqualTo(due.toEpochMilli());
            assertThat(ScheduledTime.wallClock(Instant.ofEpochMilli(remote(s, op).path("postTime").asLong()),
                    ZoneId.of("Europe/Berlin"))).isEqualTo(LocalDateTime.parse("2027-03-28T09:00"));
        }
    }
}
