package com.hongshu.studio.app.sync;

import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.store.secrets.KeyringSecretStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OS keychain (or the user-only file) found on first use: probing the keychain can take a moment (D-Bus), and the
 * first use is on the sync thread, never on the FX thread.
 */
final class LazySecretStore implements SecretStore {

    private final Path fallbackFile;
    private final String scope;
    private SecretStore store;

    LazySecretStore(Path fallbackFile, String scope) {
        this.fallbackFile = fallbackFile;
        this.scope = scope;
    }

    private synchronized SecretStore store() {
        if (store == null) {
            store = KeyringSecretStore.systemOr(fallbackFile, scope);
        }
        return store;
    }

    @Override
    public Optional<String> read(String key) {
        return store().read(key);
    }

    @Override
    public void write(String key, String value) {
        store().write(key, value);
    }

    @Override
    public void delete(String key) {
        store().delete(key);
    }

    @Override
    public String describe() {
        return store().describe();
    }
}
