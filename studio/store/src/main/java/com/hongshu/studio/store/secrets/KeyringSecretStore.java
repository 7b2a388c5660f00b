package com.hongshu.studio.store.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.core.workspace.StoreException;
import java.nio.file.Path;
import java.util.Optional;

/** Secrets in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through java-keyring. */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "Hongshu Studio";

    private final Keyring keyring;
    private final String scope;

    private KeyringSecretStore(Keyring keyring, String scope) {
        this.keyring = keyring;
        this.scope = scope;
    }

    /**
     * The system keychain if one answers, else the file: {@code scope} keeps two workspaces' secrets apart. The probe
     * can take a moment (D-Bus), so call it off the FX thread.
     */
    public static SecretStore systemOr(Path fallbackFile, String scope) {
        try {
            Keyring keyring = Keyring.create();
            KeyringSecretStore store = new KeyringSecretStore(keyring, scope);
            store.read("probe"); // a keychain that exists but is locked or broken throws here
            return store;
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return new FileSecretStore(fallbackFile);
        }
    }

    @Override
    public Optional<String> read(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(key)));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // java-keyring reports "not found" this way
        }
    }

    @Override
    public void write(String key, String value) {
        try {
            keyring.setPassword(SERVICE, account(key), value);
        } catch (PasswordAccessException e) {
            throw new StoreException("cannot write to the system keychain", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, account(key));
        } catch (PasswordAccessException e) {
            // already absent
        }
    }

    @Override
    public String describe() {
        return "keychain";
    }

    private String account(String key) {
        return scope + "/" + key;
    }
}
