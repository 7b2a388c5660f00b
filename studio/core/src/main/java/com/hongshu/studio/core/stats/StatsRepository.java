package com.hongshu.studio.core.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Statistics kept locally. Writing the same day again replaces it; every read is served from rollups kept on write,
 * so none scans the daily rows of all notes.
 */
public interface StatsRepository {

    /** Told how far a write has got; may ask it to stop, in which case nothing of the batch is kept. */
    interface WriteListener {
        void progress(long done, long total);

        boolean cancelled();

        WriteListener NONE = new WriteListener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** Thrown (and nothing written) when the listener asked to stop. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("statistics write cancelled");
        }
    }

    /** Writes the batch in one transaction. */
    WriteResult write(StatsBatch batch, WriteListener listener);

    /**
     * Writes every batch of {@code feed} in one transaction: all of them are stored, or none (when the feed throws or
     * the listener cancels). The total passed to the listener is 0 while unknown.
     */
    default WriteResult writeAll(StatsFeed feed, WriteListener listener) {
        List<NoteInfo> notes = new java.util.ArrayList<>();
        List<NoteDay> days = new java.util.ArrayList<>();
        List<NoteSnapshot> snapshots = new java.util.ArrayList<>();
        List<AccountDay> account = new java.util.ArrayList<>();
        feed.feed(b -> {
            notes.addAll(b.notes());
            days.addAll(b.days());
            snapshots.addAll(b.snapshots());
            account.addAll(b.account());
        });
        return write(new StatsBatch(notes, days, snapshots, account), listener);
    }

    /** Totals per day over all notes, for days in [from, to] that have figures, in day order. */
    List<DayTotal> daily(LocalDate from, LocalDate to);

    /** Account figures for days in [from, to], in day order. */
    List<AccountDay> account(LocalDate from, LocalDate to);

    /** The last account figures on or before {@code day}. */
    Optional<AccountDay> accountOnOrBefore(LocalDate day);

    /** The first {@code limit} notes' totals since publishing, in {@code order}. */
    List<NoteStats> topNotes(NoteOrder order, boolean descending, int limit);

    /** Every note's totals since publishing (small stores and tests). */
    default List<NoteStats> notes() {
        return topNotes(NoteOrder.VIEWS, true, Integer.MAX_VALUE);
    }

    /** How many notes have figures. */
    long noteCount();

    SameAgeSummary sameAge();

    /** One note's daily figures, in day order ({@code id} from {@link NoteStats#id()}). */
    List<NoteDay> noteDays(long id);

    List<PublishSlot> publishSlots();

    /** The first and last day with any figures, or empty when nothing is stored. */
    Optional<LocalDate[]> span();
}
