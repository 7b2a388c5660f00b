package com.hongshu.studio.platform.sync;

import com.hongshu.studio.core.sync.ExecuteRequest;
import com.hongshu.studio.core.sync.Lookup;
import com.hongshu.studio.core.sync.MaterialCache;
import com.hongshu.studio.core.sync.MediaResult;
import com.hongshu.studio.core.sync.MediaSource;
import com.hongshu.studio.core.sync.MediaStep;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.core.sync.PayloadCodec;
import com.hongshu.studio.core.sync.Payloads;
import com.hongshu.studio.core.sync.RemoteGateway;
import com.hongshu.studio.core.sync.SyncErrors;
import com.hongshu.studio.platform.Notes;
import com.hongshu.studio.platform.PlatformClient;
import com.hongshu.studio.platform.PlatformException;
import com.hongshu.studio.platform.Products;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The engine's {@link RemoteGateway} over the typed {@link PlatformClient} of each account. Every write carries an
 * {@code Idempotency-Key} derived from the operation's persisted key; notes carry that key as {@code clientRef} and
 * are read back by it, products by their {@code erpCode}. Never throws for platform or transport failures.
 */
public final class PlatformGateway implements RemoteGateway {

    private static final System.Logger LOG = System.getLogger(PlatformGateway.class.getName());
    private static final int SEARCH_PAGE = 20;

    private final LongFunction<PlatformClient> clients;
    private final PayloadCodec codec;
    private final MediaSource media;
    private final ProductMaterial material;

    /** {@code clients}: the client of a sync account id (may throw a NEEDS_USER PlatformException if not connected). */
    public PlatformGateway(LongFunction<PlatformClient> clients, PayloadCodec codec, MediaSource media) {
        this(clients, codec, media, MaterialCache.inMemory());
    }

    /** {@code materials}: the product pictures already uploaded, kept across restarts (the workspace's). */
    public PlatformGateway(LongFunction<PlatformClient> clients, PayloadCodec codec, MediaSource media,
                           MaterialCache materials) {
        this.clients = clients;
        this.codec = codec;
        this.media = media;
        this.material = new ProductMaterial(materials, media);
    }

    @Override
    public Outcome execute(ExecuteRequest request) {
        Operation op = request.operation();
        try {
            PlatformClient client = clients.apply(op.accountId());
            return switch (op.kind()) {
                case NOTE_CREATE -> createNote(client, request);
                case NOTE_CANCEL -> cancelNote(client, op);
                case NOTE_DELETE -> deleteNote(client, op);
                case PRODUCT_CREATE -> createProduct(client, request);
                case PRODUCT_UPDATE -> updateProduct(client, request);
                case PRICE -> price(client, op);
                case AVAILABILITY -> availability(client, op);
                case STOCK -> stock(client, op);
                case MEDIA_UPLOAD -> uploadMaterial(client, op);
            };
        } catch (PlatformException e) {
            return Classify.outcome(e, request.postTime() != null);
        } catch (IOException e) {
            return new Outcome.Validation("media", "a file of this operation cannot be read: " + e.getMessage());
        }
    }

    @Override
    public Lookup lookup(Operation op) {
        try {
            PlatformClient client = clients.apply(op.accountId());
            return switch (op.kind()) {
                case NOTE_CREATE -> noteByClientRef(client, op.idempotencyKey()).<Lookup>map(Lookup::found)
                        .orElseGet(Lookup::absent);
                case PRODUCT_CREATE -> {
                    Payloads.ProductCreate p = codec.decode(op.payload(), Payloads.ProductCreate.class);
                    yield findSku(client, p.skus().get(0).erpCode()).<Lookup>map(s -> Lookup.found(s.itemId()))
                            .orElseGet(Lookup::absent);
                }
                // A second material upload only leaves an unused file on the platform: nothing to deduplicate.
                case MEDIA_UPLOAD -> Lookup.absent();
                default -> Lookup.absent();
            };
        } catch (PlatformException e) {
            Outcome cause = Classify.outcome(e, false);
            boolean classified = cause instanceof Outcome.RateLimited || cause instanceof Outcome.AuthNeedsUser
                    || cause instanceof Outcome.RiskControl || cause instanceof Outcome.PlatformChanged;
            return new Lookup.CannotTell(classified ? cause : null, e.getMessage());
        }
    }

    @Override
    public boolean needsMedia(Operation op) {
        return switch (op.kind()) {
            case NOTE_CREATE -> true;
            case PRODUCT_CREATE, PRODUCT_UPDATE -> !productMedia(op).isEmpty();
            default -> false;
        };
    }

    /** The pictures of a product create or update to upload as material (empty: none, or images unchanged). */
    private List<String> productMedia(Operation op) {
        if (op.kind() == OperationKind.PRODUCT_CREATE) {
            return codec.decode(op.payload(), Payloads.ProductCreate.class).media();
        }
        List<String> refs = codec.decode(op.payload(), Payloads.ProductUpdate.class).media();
        return refs == null ? List.of() : refs;
    }

    @Override
    public MediaResult prepareMedia(Operation op, MediaStep processing) {
        if (op.kind() == OperationKind.PRODUCT_CREATE || op.kind() == OperationKind.PRODUCT_UPDATE) {
            try {
                return material.prepare(clients.apply(op.accountId()), op, productMedia(op));
            } catch (PlatformException e) {
                return new MediaResult.Error(Classify.outcome(e, false));
            }
        }
        Payloads.NoteCreate note = codec.decode(op.payload(), Payloads.NoteCreate.class);
        try {
            PlatformClient client = clients.apply(op.accountId());
            List<String> refs = note.media();
            String scene = refs.isEmpty() ? "image" : media.scene(refs.get(0));
            // No Idempotency-Key: a replayed permit would be the expired one the retry is getting away from.
            Notes.UploadPermit permit = client.getUploadPermit(scene, refs.size(), null);
            if (permit.fileIds().size() != refs.size()) {
                return new MediaResult.Error(new Outcome.PlatformChanged("permit",
                        "asked for " + refs.size() + " upload slots, got " + permit.fileIds().size()));
            }
            for (int i = 0; i < refs.size(); i++) {
                client.upload(permit.fileIds().get(i), permit.token(), media.read(refs.get(i)));
            }
            return new MediaResult.Ready(new MediaStep(MediaStep.State.READY, permit.fileIds(),
                    Instant.ofEpochMilli(permit.expireAt())));
        } catch (PlatformException e) {
            Outcome outcome = Classify.outcome(e, false);
            if (outcome instanceof Outcome.RetryableNotExecuted || outcome instanceof Outcome.UnknownOutcome
                    || outcome instanceof Outcome.MediaInvalid) {
                return new MediaResult.Failed(Classify.code(e), e.getMessage());
            }
            return new MediaResult.Error(outcome);
        } catch (IOException e) {
            return new MediaResult.Error(new Outcome.Validation("media",
                    "a picture of this note cannot be read: " + e.getMessage()));
        }
    }

    // ---- notes ----

    private Outcome createNote(PlatformClient client, ExecuteRequest request) {
        Operation op = request.operation();
        Payloads.NoteCreate p = codec.decode(op.payload(), Payloads.NoteCreate.class);
        List<String> files = request.media() == null ? List.of() : request.media().fileIds();
        Long postTime = request.postTime() == null ? null : request.postTime().toEpochMilli();
        Notes.CreateNoteRequest body = new Notes.CreateNoteRequest(p.type(), p.title(), p.desc(),
                files.stream().map(Notes.FileRef::new).toList(),
                p.topics().stream().map(t -> new Notes.TopicRef(null, t)).toList(),
                p.ats().stream().map(a -> new Notes.AtRef(null, a)).toList(),
                postTime, p.privacy(), null, p.productIds().isEmpty() ? null : p.productIds(), op.idempotencyKey());
        Notes.CreatedNote created = client.createNote(body, variantKey(op.idempotencyKey(), files, postTime));
        return new Outcome.Ok(created.noteId());
    }

    private Outcome cancelNote(PlatformClient client, Operation op) {
        Optional<String> noteId = remoteNote(client, op);
        if (noteId.isEmpty()) {
            return new Outcome.Ok(null); // never reached the platform: nothing is scheduled there
        }
        try {
            return new Outcome.Ok(client.cancelSchedule(noteId.get(), op.idempotencyKey()).noteId());
        } catch (PlatformException e) {
            if (e.code() == 3002) {
                // Not scheduled any more: fine if it is already withdrawn (a retry after a lost reply), else too late.
                String status = client.getNote(noteId.get()).status();
                if (status.equals("CANCELLED") || status.equals("DELETED")) {
                    return new Outcome.Ok(noteId.get());
                }
                return new Outcome.Validation("3002", "The note is already " + status + " on the platform.");
            }
            throw e;
        }
    }

    private Outcome deleteNote(PlatformClient client, Operation op) {
        Optional<String> noteId = remoteNote(client, op);
        if (noteId.isEmpty()) {
            return new Outcome.Ok(null);
        }
        try {
            return new Outcome.Ok(client.deleteNote(noteId.get(), op.idempotencyKey()).noteId());
        } catch (PlatformException e) {
            if (e.code() == 3001) {
                return new Outcome.Ok(noteId.get());
            }
            throw e;
        }
    }

    private Optional<String> remoteNote(PlatformClient client, Operation op) {
        Payloads.NoteRemove p = codec.decode(op.payload(), Payloads.NoteRemove.class);
        if (p.remoteNoteId() != null && !p.remoteNoteId().isBlank()) {
            return Optional.of(p.remoteNoteId());
        }
        return noteByClientRef(client, p.createKey());
    }

    private static Optional<String> noteByClientRef(PlatformClient client, String clientRef) {
        Notes.NotePage page = client.listNotes(new Notes.NoteListRequest(null, 30, null, clientRef));
        return page.items().stream().filter(n -> clientRef.equals(n.clientRef())).map(Notes.Note::noteId)
                .findFirst();
    }

    // ---- products ----

    private Outcome createProduct(PlatformClient client, ExecuteRequest request) {
        Operation op = request.operation();
        Payloads.ProductCreate p = codec.decode(op.payload(), Payloads.ProductCreate.class);
        List<String> links = request.media() != null ? request.media().fileIds() : p.imageLinks();
        Products.CreateItemRequest body = new Products.CreateItemRequest(
                new Products.ItemSpec(p.name(), p.categoryId(), p.shippingTemplateId(),
                        links.stream().map(Products.ImageLink::new).toList(), p.description(), p.articleNo()),
                p.skus().stream().map(s -> new Products.SkuSpec(s.price(), s.originalPrice(), s.stock(),
                        s.erpCode(), s.barcode(), List.of(), null)).toList());
        return new Outcome.Ok(client.createItemAndSku(body, createKey(op)).itemId());
    }

    /**
     * The operation's key, except when the create is sent again because an OK'd one could not be found by its
     * erpCode: under the same key the platform would only replay that empty OK. The read-back proved it absent, and
     * the erpCode (unique per seller: 3003, adopted) excludes a duplicate whatever the key.
     */
    static String createKey(Operation op) {
        return SyncErrors.PRODUCT_UNCONFIRMED.equals(op.lastErrorCode())
                ? op.idempotencyKey() + ".r" + op.attempts() : op.idempotencyKey();
    }

    /**
     * Sends name, description and (when changed) the uploaded pictures, then reads the item back: an update the
     * platform said OK to but did not keep is an unknown outcome, and being repeat-safe it is sent again. Each
     * attempt after the first has a key of its own, or the platform would replay the OK that kept nothing.
     */
    private Outcome updateProduct(PlatformClient client, ExecuteRequest request) {
        Operation op = request.operation();
        Payloads.ProductUpdate p = codec.decode(op.payload(), Payloads.ProductUpdate.class);
        Optional<Products.Sku> sku = findSku(client, p.erpCode());
        if (sku.isEmpty()) {
            return unknownSku(p.erpCode());
        }
        List<Products.ImageLink> images = request.media() == null ? null
                : request.media().fileIds().stream().map(Products.ImageLink::new).toList();
        String key = op.attempts() == 0 ? op.idempotencyKey() : op.idempotencyKey() + ".a" + op.attempts();
        Products.UpdatedItem updated = client.updateItemAndSku(new Products.UpdateItemRequest(sku.get().itemId(),
                new Products.ItemUpdate(p.name(), p.description(), images), null), key);
        Products.Item now = client.getItemInfo(updated.itemId()).item();
        boolean kept = (p.name() == null || p.name().equals(now.name()))
                && (p.description() == null || p.description().equals(now.description()))
                && (images == null || images.equals(now.images()));
        if (!kept) {
            return new Outcome.UnknownOutcome(SyncErrors.PRODUCT_UNCONFIRMED,
                    "the platform said the product was updated, but it still shows the old values");
        }
        return new Outcome.Ok(updated.itemId());
    }

    private Outcome price(PlatformClient client, Operation op) {
        Payloads.Price p = codec.decode(op.payload(), Payloads.Price.class);
        Optional<Products.Sku> sku = findSku(client, p.erpCode());
        if (sku.isEmpty()) {
            return unknownSku(p.erpCode());
        }
        return new Outcome.Ok(client.updateSkuPrice(sku.get().skuId(), p.price(), p.originalPrice(),
                op.idempotencyKey()).skuId());
    }

    private Outcome availability(PlatformClient client, Operation op) {
        Payloads.Availability p = codec.decode(op.payload(), Payloads.Availability.class);
        Optional<Products.Sku> sku = findSku(client, p.erpCode());
        if (sku.isEmpty()) {
            return unknownSku(p.erpCode());
        }
        return new Outcome.Ok(client.updateSkuAvailable(sku.get().skuId(), p.available(), op.idempotencyKey())
                .skuId());
    }

    private Outcome stock(PlatformClient client, Operation op) {
        Payloads.Stock p = codec.decode(op.payload(), Payloads.Stock.class);
        Optional<Products.Sku> sku = findSku(client, p.erpCode());
        if (sku.isEmpty()) {
            return unknownSku(p.erpCode());
        }
        return new Outcome.Ok(client.syncSkuStock(sku.get().skuId(), p.total(), op.idempotencyKey()).skuId());
    }

    private Outcome uploadMaterial(PlatformClient client, Operation op) throws IOException {
        Payloads.MediaUpload p = codec.decode(op.payload(), Payloads.MediaUpload.class);
        return new Outcome.Ok(client.uploadMaterial(p.name(), p.type(), media.read(p.media()), op.idempotencyKey())
                .materialId());
    }

    /** The SKU whose erpCode is exactly {@code erpCode} (the search also matches names and barcodes). */
    static Optional<Products.Sku> findSku(PlatformClient client, String erpCode) {
        Products.ItemSearch found = client.searchItemList(List.of(erpCode), 1, SEARCH_PAGE);
        return found.itemList().stream().flatMap(i -> i.skuList().stream())
                .filter(s -> erpCode.equals(s.erpCode())).findFirst();
    }

    private static Outcome unknownSku(String erpCode) {
        LOG.log(System.Logger.Level.WARNING, "SKU {0} is not on the platform", erpCode);
        return new Outcome.Validation("3001", "The product " + erpCode + " is not on the platform yet.");
    }

    /**
     * The {@code Idempotency-Key} of one form of a note create. The operation's key stays the {@code clientRef}; the
     * header also names the uploaded files and the {@code postTime}, because a retry with re-uploaded files (their
     * permit expired) or without the refused {@code postTime} is a different request that the platform would
     * otherwise refuse as a reused key (1401). Duplicates across forms are excluded by the read-back by clientRef
     * that precedes any re-send of a write whose outcome is unknown; within a form, by the key.
     */
    static String variantKey(String key, List<String> files, Long postTime) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join(",", files).getBytes(StandardCharsets.UTF_8));
            sha.update(("|" + postTime).getBytes(StandardCharsets.UTF_8));
            return key + "." + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
