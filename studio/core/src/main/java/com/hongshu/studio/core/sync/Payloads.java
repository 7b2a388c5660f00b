package com.hongshu.studio.core.sync;

import java.util.List;
import java.util.Objects;

/**
 * What each {@link OperationKind} carries to the platform, as plain records: features build them, a
 * {@link PayloadCodec} turns them into the operation's opaque payload text (JSON, in the platform module), and the
 * gateway reads them back. Products are addressed by their {@code erpCode} (the seller's SKU code, the natural key);
 * notes by the create operation's idempotency key ({@code clientRef}).
 */
public final class Payloads {

    private Payloads() {
    }

    /**
     * NOTE_CREATE. {@code media} are references a {@link MediaSource} can read (the first is the cover);
     * {@code type} "normal" or "video"; {@code privacy} 0 public, 1 private, 2 mutual friends.
     */
    public record NoteCreate(String type, String title, String desc, List<String> media, List<String> topics,
                             List<String> ats, int privacy, List<String> productIds) {
        public NoteCreate {
            media = List.copyOf(media);
            topics = topics == null ? List.of() : List.copyOf(topics);
            ats = ats == null ? List.of() : List.copyOf(ats);
            productIds = productIds == null ? List.of() : List.copyOf(productIds);
        }
    }

    /**
     * NOTE_CANCEL / NOTE_DELETE of the note that the NOTE_CREATE with idempotency key {@code createKey} made;
     * {@code remoteNoteId} when it is already known (else it is read back by clientRef when the operation runs).
     */
    public record NoteRemove(String createKey, String remoteNoteId) {
    }

    /** One SKU of a product; {@code erpCode} is unique per seller. Money in fen. */
    public record Sku(String erpCode, long price, long originalPrice, long stock, String barcode) {
        public Sku {
            Objects.requireNonNull(erpCode, "erpCode");
        }
    }

    /**
     * PRODUCT_CREATE. {@code media} are references a {@link MediaSource} can read (the first is the main image): the
     * media step uploads each as platform material and the create sends the material URLs. {@code imageLinks} are
     * sent as they are when there is no media (a placeholder).
     */
    public record ProductCreate(String name, String categoryId, String shippingTemplateId, List<String> imageLinks,
                                String description, String articleNo, List<Sku> skus, List<String> media) {
        public ProductCreate {
            imageLinks = imageLinks == null ? List.of() : List.copyOf(imageLinks);
            skus = List.copyOf(skus);
            media = media == null ? List.of() : List.copyOf(media);
        }

        public ProductCreate(String name, String categoryId, String shippingTemplateId, List<String> imageLinks,
                             String description, String articleNo, List<Sku> skus) {
            this(name, categoryId, shippingTemplateId, imageLinks, description, articleNo, skus, List.of());
        }
    }

    /**
     * PRODUCT_UPDATE of the item holding SKU {@code erpCode}; null fields are not changed. {@code media} (null:
     * images unchanged) are uploaded as material like a create's before the update is sent.
     */
    public record ProductUpdate(String erpCode, String name, String description, List<String> media) {
        public ProductUpdate {
            media = media == null ? null : List.copyOf(media);
        }

        public ProductUpdate(String erpCode, String name, String description) {
            this(erpCode, name, description, null);
        }
    }

    /** PRICE of SKU {@code erpCode}, in fen ({@code originalPrice} may be null). */
    public record Price(String erpCode, long price, Long originalPrice) {
    }

    /** AVAILABILITY of SKU {@code erpCode}. */
    public record Availability(String erpCode, boolean available) {
    }

    /** STOCK: the absolute total of SKU {@code erpCode}, including what unpaid orders hold. Never a delta. */
    public record Stock(String erpCode, long total) {
    }

    /** MEDIA_UPLOAD of one file as platform material; {@code type} 0 image, 1 video. */
    public record MediaUpload(String media, String name, int type) {
    }
}
