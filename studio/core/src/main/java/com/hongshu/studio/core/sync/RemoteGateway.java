package com.hongshu.studio.core.sync;

/**
 * The platform as the engine sees it, per operation kind. Implementations map the kind and the opaque payload to
 * platform calls, always send {@link Operation#idempotencyKey()} as the {@code Idempotency-Key}, classify every reply
 * or fault into an {@link Outcome}, and must not throw for platform or transport failures (an exception from a write is
 * treated as an unknown outcome).
 */
public interface RemoteGateway {

    /** One attempt of the write. */
    Outcome execute(ExecuteRequest request);

    /**
     * Reads back by natural key — {@code clientRef} (or a content fingerprint) for notes, {@code erpCode} for
     * products, the remote id when {@link Operation#remoteId()} is set — and says whether the write is there. Only
     * called for kinds that create objects ({@link OperationKind#createsObject()}) and for notes being verified.
     * A note's {@code clientRef} must identify the operation, not the note (send {@link Operation#idempotencyKey()}):
     * an explicit "publish again" is a new operation and must not be taken for the first publication. Answer
     * {@link Lookup.Absent} only from a well-formed reply; anything else is {@link Lookup.CannotTell}.
     */
    Lookup lookup(Operation operation);

    /** Whether this operation has a media step (a note's pictures or video) to prepare before {@link #execute}. */
    default boolean needsMedia(Operation operation) {
        return operation.kind() == OperationKind.NOTE_CREATE;
    }

    /**
     * Uploads the operation's media (permit, then upload), or when {@code processing} is not null polls those files
     * instead of uploading again. Uploading twice only leaves an unused file, so the engine retries this freely.
     */
    default MediaResult prepareMedia(Operation operation, MediaStep processing) {
        throw new UnsupportedOperationException("media for " + operation.kind());
    }
}
