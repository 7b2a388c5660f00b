package com.hongshu.studio.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TokenStore} in memory, for tests. Counts saves so a test can see a rotation was persisted. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, TokenSet> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();

    @Override
    public Optional<TokenSet> load(String accountId) {
        return Optional.ofNullable(tokens.get(accountId));
    }

    @Override
    public void save(String accountId, TokenSet set) {
        tokens.put(accountId, set);
        saves.incrementAndGet();
    }

    public int saves() {
        return saves.get();
    }
}
