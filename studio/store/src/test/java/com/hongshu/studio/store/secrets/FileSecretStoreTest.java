package com.hongshu.studio.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.secrets.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {

    @TempDir
    Path dir;

    @Test
    void secretsSurviveAndOnlyTheOwnerCanReadThem() throws Exception {
        Path file = dir.resolve("private").resolve("secrets.properties");
        SecretStore store = new FileSecretStore(file);
        store.write("account.1.refreshToken", "r-abc");
        store.write("account.1.accessToken", "a-xyz");
        store.delete("account.1.accessToken");

        SecretStore again = new FileSecretStore(file);
        assertThat(again.read("account.1.refreshToken")).contains("r-abc");
        assertThat(again.read("account.1.accessToken")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void withoutAKeychainTheFileIsUsed() {
        // This machine has no Secret Service on D-Bus; the studio must still keep secrets somewhere private.
        SecretStore store = KeyringSecretStore.systemOr(dir.resolve("secrets.properties"), "workspace-test");
        store.write("k", "v");
        assertThat(store.read("k")).contains("v");
        if (store instanceof FileSecretStore) {
            assertThat(dir.resolve("secrets.properties")).exists();
        }
        store.delete("k");
    }
}
