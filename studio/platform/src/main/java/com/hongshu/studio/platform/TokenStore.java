package com.hongshu.studio.platform;

import java.util.Optional;

/**
 * Where an account's tokens live (the workspace database in the app). {@link #save} must be durable when it
 * returns: the client saves a rotated token before it uses it, so a crash never loses the only valid refresh token.
 */
public interface TokenStore {
    Optional<TokenSet> load(String accountId);

    void save(String accountId, TokenSet tokens);
}
