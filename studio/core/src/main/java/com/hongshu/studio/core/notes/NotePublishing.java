package com.hongshu.studio.core.notes;

import java.time.Instant;

/**
 * What happens when the user publishes, schedules, reschedules or takes back a note (from the composer or the
 * calendar). The sync feature provides the implementation that also queues the platform operations in the same
 * transaction; {@link Local} only records the status and time, for a workspace with no sync wired.
 */
public interface NotePublishing {

    /**
     * The saved note is to go out at {@code at} (now, for "publish now"); rescheduling replaces an earlier time.
     * Blocking (call it off the FX thread). The queuing implementation refuses with {@link IllegalStateException}
     * a note that is being sent right now or is already out (a native schedule closer than a few minutes included).
     */
    void schedule(long noteId, Instant at);

    /** Takes a scheduled note back to draft; refuses like {@link #schedule} when that is no longer possible. */
    void unschedule(long noteId);

    /** Records the status and time only. */
    record Local(NoteRepository notes) implements NotePublishing {

        @Override
        public void schedule(long noteId, Instant at) {
            notes.findById(noteId).ifPresent(n -> notes.save(n.withStatus(NoteStatus.SCHEDULED, at)));
        }

        @Override
        public void unschedule(long noteId) {
            notes.findById(noteId).ifPresent(n -> notes.save(n.withStatus(NoteStatus.DRAFT, null)));
        }
    }
}
