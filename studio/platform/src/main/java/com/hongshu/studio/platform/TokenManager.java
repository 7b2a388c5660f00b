package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.concurrent.locks.ReentrantLock;

/**
 * An account's tokens. Concurrent calls that are refused with the same access token share one refresh; a new token
 * pair is saved to the {@link TokenStore} before any call uses it.
 */
final class TokenManager {
    private final String accountId;
    private final TokenStore store;
    private final Transport transport;
    private final ObjectMapper json;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile TokenSet current;

    TokenManager(String accountId, TokenStore store, Transport transport, ObjectMapper json) {
        this.accountId = accountId;
        this.store = store;
        this.transport = transport;
        this.json = json;
    }

    TokenSet current() {
        TokenSet t = current;
        if (t != null) return t;
        t = store.load(accountId).orElseThrow(() -> new PlatformException(ErrorCategory.NEEDS_USER, 0, 0,
                "oauth", "account " + accountId + " is not connected", null, null, null));
        current = t;
        return t;
    }

    TokenSet exchangeCode(String code) {
        JsonNode data = transport.call("oauth.getAccessToken", json.createObjectNode().put("code", code), null, null,
                false);
        return adopt(data, "oauth.getAccessToken");
    }

    /** Refreshes unless another caller already replaced {@code rejectedAccessToken}; answers the tokens to use. */
    TokenSet refreshAfterRejection(String rejectedAccessToken) {
        refreshing.lock();
        try {
            TokenSet now = current();
            if (rejectedAccessToken != null && !now.accessToken().equals(rejectedAccessToken)) return now;
            // Another client of the same account (a second window) may have rotated them already.
            TokenSet stored = store.load(accountId).orElse(now);
            if (rejectedAccessToken != null && !stored.accessToken().equals(rejectedAccessToken)) {
                current = stored;
                return stored;
            }
            now = stored;
            JsonNode data = transport.call("oauth.refreshToken",
                    json.createObjectNode().put("refreshToken", now.refreshToken()), null, null, false);
            return adopt(data, "oauth.refreshToken");
        } finally {
            refreshing.unlock();
        }
    }

    private TokenSet adopt(JsonNode data, String method) {
        TokenSet fresh = Models.read(json, data, TokenSet.class, method);
        store.save(accountId, fresh);
        current = fresh;
        return fresh;
    }
}
