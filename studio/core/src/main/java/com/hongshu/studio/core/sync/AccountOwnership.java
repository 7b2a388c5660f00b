package com.hongshu.studio.core.sync;

/**
 * Which account a note or a product belongs to, and whether that may still change: only until it has reached the
 * platform (a remote id, or an operation for it that was sent or may have been), because the platform object lives
 * under the account that created it. Blocking.
 */
public interface AccountOwnership {

    /** The aggregate kinds that belong to an account. */
    enum Item { NOTE, PRODUCT }

    /** {@code accountId} 0: none (no account connected yet). */
    record Owner(long accountId, boolean locked) {
    }

    Owner of(Item item, long id);

    /**
     * Moves the item to {@code accountId}, with its operations that were queued but never sent; refuses with
     * {@link IllegalStateException} once it has reached the platform, {@link IllegalArgumentException} for an
     * unknown account.
     */
    void assign(Item item, long id, long accountId);

    /** The account of the note changed last apart from {@code exceptNoteId} (what a new note starts with); 0: none. */
    long lastUsedForNotes(long exceptNoteId);
}
