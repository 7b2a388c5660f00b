package com.hongshu.studio.core.secrets;

import java.util.Optional;

/**
 * Where account secrets (app secret, access and refresh tokens) are kept: the OS keychain where there is one,
 * otherwise a file only the user can read. Never the database, never a log.
 */
public interface SecretStore {

    Optional<String> read(String key);

    void write(String key, String value);

    void delete(String key);

    /** Where the secrets are, for Settings: "the system keychain" or the file's path. */
    String describe();
}
