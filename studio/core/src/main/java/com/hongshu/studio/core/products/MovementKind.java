package com.hongshu.studio.core.products;

/** Why stock changed. A correction sets the count to what was found; the others add or take away. */
public enum MovementKind {
    RESTOCK(1), SALE(-1), RETURN(1), CORRECTION(0), SYNC_ADJUSTMENT(0);

    private final int sign;

    MovementKind(int sign) {
        this.sign = sign;
    }

    /** The ledger quantity for {@code amount} entered by the user: positive for restock/return, negative for sale. */
    public long signed(long amount) {
        return sign == 0 ? amount : sign * Math.abs(amount);
    }
}
