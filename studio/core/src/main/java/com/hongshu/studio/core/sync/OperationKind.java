package com.hongshu.studio.core.sync;

/** What an outbox operation does on the platform. Every kind is a write. */
public enum OperationKind {
    /** A standalone material upload (e.g. product images); a note's own pictures are the media step of NOTE_CREATE. */
    MEDIA_UPLOAD(false),
    NOTE_CREATE(false),
    NOTE_CANCEL(true),
    NOTE_DELETE(true),
    PRODUCT_CREATE(false),
    PRODUCT_UPDATE(true),
    PRICE(true),
    AVAILABILITY(true),
    /** Always the absolute total ({@code inventory.syncSkuStock}), never a delta. */
    STOCK(true);

    private final boolean repeatSafe;

    OperationKind(boolean repeatSafe) {
        this.repeatSafe = repeatSafe;
    }

    /**
     * Sending it twice leaves the platform as sending it once (sets an absolute value, or deletes idempotently), so an
     * unknown outcome is resolved by sending it again with the same key instead of reading back. Operations on one
     * aggregate are dispatched in order, so a repeat never overwrites a newer value.
     */
    public boolean repeatSafe() {
        return repeatSafe;
    }

    /** Creates a remote object that a duplicate would double. */
    public boolean createsObject() {
        return !repeatSafe;
    }
}
