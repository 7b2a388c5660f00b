package com.hongshu.studio.core.notes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The notes of the workspace. Implementations are blocking and thread-safe; the UI decides threading. */
public interface NoteRepository {

    Optional<Note> findById(long id);

    /** Notes in {@code status}, oldest change first (the order the sync engine works in). */
    List<Note> listByStatus(NoteStatus status, int limit);

    /** Inserts ({@code id == 0}) or updates the note; returns it as stored (with its id and times). */
    Note save(Note note);

    /** Sets the status and, when not null, the platform's id for the note (used by sync). */
    void updateStatus(long id, NoteStatus status, String remoteId);

    /** A page of the list: full-text search, filters and order of {@code query}. Never loads more than its limit. */
    List<NoteSummary> search(NoteQuery query);

    /** How many notes match {@code query}, ignoring its page window. */
    long count(NoteQuery query);

    /** Scheduled, published or failed notes whose time is in {@code [from, to)}, earliest first (the calendar). */
    List<NoteSummary> listScheduledBetween(java.time.Instant from, java.time.Instant to, int limit);

    /** {@link #listScheduledBetween(java.time.Instant, java.time.Instant, int)} of one account's notes (0: all). */
    List<NoteSummary> listScheduledBetween(java.time.Instant from, java.time.Instant to, long accountId, int limit);

    /** Moves notes to the bin; {@link #restore} brings them back (undo). */
    void delete(Collection<Long> ids);

    void restore(Collection<Long> ids);

    /** A draft copy of the note, returned as stored. */
    Note duplicate(long id);

    /** Topics used in past notes that start with {@code prefix}, most used first. */
    List<String> topicSuggestions(String prefix, int limit);

    /** Accounts mentioned in past notes that start with {@code prefix}, most used first. */
    List<String> mentionSuggestions(String prefix, int limit);

    /** The media library, newest first, each with the notes that use it. */
    List<MediaUsage> mediaLibrary(int offset, int limit);
}
