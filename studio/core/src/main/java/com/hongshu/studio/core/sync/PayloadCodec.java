package com.hongshu.studio.core.sync;

/**
 * Turns {@link Payloads} records into an operation's payload text and back. The implementation lives where JSON
 * does (the platform module); core stays plain Java.
 */
public interface PayloadCodec {

    String encode(Object payload);

    <T> T decode(String text, Class<T> type);

    /** The payload record type of each kind. */
    static Class<?> typeOf(OperationKind kind) {
        return switch (kind) {
            case MEDIA_UPLOAD -> Payloads.MediaUpload.class;
            case NOTE_CREATE -> Payloads.NoteCreate.class;
            case NOTE_CANCEL, NOTE_DELETE -> Payloads.NoteRemove.class;
            case PRODUCT_CREATE -> Payloads.ProductCreate.class;
            case PRODUCT_UPDATE -> Payloads.ProductUpdate.class;
            case PRICE -> Payloads.Price.class;
            case AVAILABILITY -> Payloads.Availability.class;
            case STOCK -> Payloads.Stock.class;
        };
    }
}
