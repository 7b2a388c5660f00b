package com.hongshu.studio.core.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The media step of an operation: files already uploaded under a permit, in order (the first is the cover). Stored in
 * {@link Operation#stepState()} before the create is sent, so a retry — even after a crash — reuses them while the
 * permit is valid and uploads again after.
 */
public record MediaStep(State state, List<String> fileIds, Instant permitExpiresAt) {

    public enum State { READY, PROCESSING }

    private static final String PREFIX = "media:v1";

    public MediaStep {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(permitExpiresAt, "permitExpiresAt");
        fileIds = List.copyOf(fileIds);
    }

    /** Usable for a create sent at {@code now} if the permit is still valid {@code margin} later. */
    public boolean usableAt(Instant now, Duration margin) {
        return state == State.READY && permitExpiresAt.isAfter(now.plus(margin));
    }

    public boolean pollableAt(Instant now, Duration margin) {
        return state == State.PROCESSING && permitExpiresAt.isAfter(now.plus(margin));
    }

    public String encode() {
        String ids = fileIds.stream().map(MediaStep::escape).collect(Collectors.joining(","));
        return PREFIX + "|" + state + "|" + permitExpiresAt.toEpochMilli() + "|" + ids;
    }

    /** Null for null/blank or step state that is not a media step. */
    public static MediaStep decode(String text) {
        if (text == null || !text.startsWith(PREFIX + "|")) {
            return null;
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 4) {
            return null;
        }
        List<String> ids = parts[3].isEmpty() ? List.of() : Arrays.stream(parts[3].split(","))
                .map(MediaStep::unescape).toList();
        return new MediaStep(State.valueOf(parts[1]), ids, Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }

    // File ids are platform tokens; the separators are escaped anyway so any id survives (no java.net in core).
    private static String escape(String id) {
        return id.replace("%", "%25").replace(",", "%2C").replace("|", "%7C");
    }

    private static String unescape(String id) {
        return id.replace("%7C", "|").replace("%2C", ",").replace("%25", "%");
    }
}
