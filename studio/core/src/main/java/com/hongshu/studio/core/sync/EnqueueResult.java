package com.hongshu.studio.core.sync;

/** The operation that now stands for the request, and whether it is new. */
public record EnqueueResult(Operation operation, Kind kind) {

    public enum Kind {
        CREATED,
        /** The same change is already queued (double click, scheduled twice): nothing new was queued. */
        DUPLICATE,
        /** A create of this aggregate already succeeded; only an explicit republish sends it again. */
        ALREADY_DONE
    }

    public boolean created() {
        return kind == Kind.CREATED;
    }
}
