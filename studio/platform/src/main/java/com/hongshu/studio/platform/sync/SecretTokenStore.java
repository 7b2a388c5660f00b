package com.hongshu.studio.platform.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.platform.TokenSet;
import com.hongshu.studio.platform.TokenStore;
import java.util.Optional;

/** An account's tokens in the {@link SecretStore} (the OS keychain or a user-only file), never in the database. */
public final class SecretTokenStore implements TokenStore {

    private final SecretStore secrets;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SecretTokenStore(SecretStore secrets) {
        this.secrets = secrets;
    }

    public static String key(String accountId) {
        return "sync." + accountId + ".tokens";
    }

    @Override
    public Optional<TokenSet> load(String accountId) {
        return secrets.read(key(accountId)).map(text -> {
            try {
                return json.readValue(text, TokenSet.class);
            } catch (JsonProcessingException e) {
                return null; // unreadable: the account has to be connected again
            }
        });
    }

    @Override
    public void save(String accountId, TokenSet tokens) {
        try {
            secrets.write(key(accountId), json.writeValueAsString(tokens));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the tokens of " + accountId, e);
        }
    }
}
