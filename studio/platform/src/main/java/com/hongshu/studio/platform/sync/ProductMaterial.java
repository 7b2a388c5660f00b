package com.hongshu.studio.platform.sync;

import com.hongshu.studio.core.sync.MaterialCache;
import com.hongshu.studio.core.sync.MediaResult;
import com.hongshu.studio.core.sync.MediaSource;
import com.hongshu.studio.core.sync.MediaStep;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.platform.PlatformClient;
import com.hongshu.studio.platform.PlatformException;
import com.hongshu.studio.platform.Products;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The media step of a product create or update: each picture uploaded as platform material
 * ({@code material.uploadMaterial}, image type), polled while processing ({@code material.queryMaterial}), its URL
 * then sent as the item's image link. A picture already uploaded for the account (same bytes) is reused from the
 * {@link MaterialCache}; every reply is written there before the next call, so a crash after an upload does not lose
 * it. The upload's {@code Idempotency-Key} is the operation's key and the content hash: a retry after a lost reply is
 * replayed where the platform keeps keys; where it does not, the lost upload stays an unused file on the platform.
 */
final class ProductMaterial {

    /** Material URLs do not expire; the step is kept until the create is sent. */
    static final Instant NO_EXPIRY = Instant.parse("9999-01-01T00:00:00Z");

    private final MaterialCache cache;
    private final MediaSource media;

    ProductMaterial(MaterialCache cache, MediaSource media) {
        this.cache = cache;
        this.media = media;
    }

    MediaResult prepare(PlatformClient client, Operation op, List<String> refs) {
        List<String> urls = new ArrayList<>();
        boolean processing = false;
        String current = null;
        try {
            for (String ref : refs) {
                current = ref;
                byte[] bytes = media.read(ref);
                String hash = sha256(bytes);
                Optional<MaterialCache.Entry> known = cache.find(op.accountId(), hash);
                if (known.isPresent() && known.get().status() == MaterialCache.DONE) {
                    urls.add(known.get().url());
                    continue;
                }
                Products.Material m = known.isPresent() && known.get().status() == MaterialCache.PROCESSING
                        ? client.queryMaterial(known.get().materialId())
                        : client.uploadMaterial(media.name(ref), 0, bytes,
                                op.idempotencyKey() + ".m" + hash.substring(0, 16));
                cache.put(op.accountId(), hash, new MaterialCache.Entry(m.materialId(), m.url(), m.status()));
                if (m.status() == MaterialCache.FAILED) {
                    return new MediaResult.Rejected(media.name(ref), "material " + m.materialId() + " failed");
                }
                if (m.status() == MaterialCache.PROCESSING) {
                    processing = true;
                } else if (m.url() == null || m.url().isBlank()) {
                    return new MediaResult.Error(new Outcome.PlatformChanged("material",
                            "material " + m.materialId() + " is done but has no url"));
                } else {
                    urls.add(m.url());
                }
            }
        } catch (PlatformException e) {
            Outcome outcome = Classify.outcome(e, false);
            if (outcome instanceof Outcome.RetryableNotExecuted || outcome instanceof Outcome.UnknownOutcome
                    || outcome instanceof Outcome.MediaInvalid) {
                return new MediaResult.Failed(Classify.code(e), e.getMessage());
            }
            if (e.code() == 2011) {
                return new MediaResult.Rejected(media.name(current), e.getMessage());
            }
            return new MediaResult.Error(outcome);
        } catch (IOException e) {
            return new MediaResult.Error(new Outcome.Validation("media",
                    "a picture of this product cannot be read: " + e.getMessage()));
        }
        if (processing) {
            return new MediaResult.Processing(new MediaStep(MediaStep.State.PROCESSING, urls, NO_EXPIRY));
        }
        return new MediaResult.Ready(new MediaStep(MediaStep.State.READY, urls, NO_EXPIRY));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
