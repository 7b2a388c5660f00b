package com.hongshu.studio.core.sync;

/** A read-back by natural key (clientRef for notes, erpCode for products; or the remote id once known). */
public sealed interface Lookup {

    /** The object is there; adopt its id. */
    record Found(String remoteId) implements Lookup {
    }

    /** Provably not there (a successful, well-formed answer without it). */
    record Absent() implements Lookup {
    }

    /**
     * The read failed. {@code cause} may carry a classified outcome (rate limit, auth, risk, platform changed) that the
     * engine applies to the account or scope; null for a plain transport failure.
     */
    record CannotTell(Outcome cause, String message) implements Lookup {
    }

    static Lookup found(String remoteId) {
        return new Found(remoteId);
    }

    static Lookup absent() {
        return new Absent();
    }

    static Lookup cannotTell(String message) {
        return new CannotTell(null, message);
    }
}
