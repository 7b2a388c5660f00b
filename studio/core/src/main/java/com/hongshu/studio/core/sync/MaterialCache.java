package com.hongshu.studio.core.sync;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform material already uploaded per account and file content (a SHA-256 of the bytes), so one picture is
 * uploaded once however many products, updates or retries use it. Written right after each upload reply, before the
 * operation that needs it goes on: a crash after the upload does not lose it.
 */
public interface MaterialCache {

    int DONE = 1;
    int PROCESSING = 2;
    int FAILED = 3;

    /** {@code status}: 1 done, 2 processing, 3 failed (the platform's material status). */
    record Entry(String materialId, String url, int status) {
    }

    Optional<Entry> find(long accountId, String contentHash);

    void put(long accountId, String contentHash, Entry entry);

    /** Kept in memory only (tests, or a gateway without a workspace). */
    static MaterialCache inMemory() {
        Map<String, Entry> map = new ConcurrentHashMap<>();
        return new MaterialCache() {
            @Override
            public Optional<Entry> find(long accountId, String contentHash) {
                return Optional.ofNullable(map.get(accountId + "/" + contentHash));
            }

            @Override
            public void put(long accountId, String contentHash, Entry entry) {
                map.put(accountId + "/" + contentHash, entry);
            }
        };
    }
}
