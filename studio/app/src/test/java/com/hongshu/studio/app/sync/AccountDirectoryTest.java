package com.hongshu.studio.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.platform.PlatformException;
import com.hongshu.studio.sandbox.SandboxConfig;
import com.hongshu.studio.sandbox.SandboxServer;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.secrets.FileSecretStore;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting another account: the authorize flow against the sandbox's endpoint, with a loopback redirect. */
class AccountDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theAuthorizeFlowRedirectsToTheLoopbackListenerAndTheAccountCallsWithItsTokens() throws Exception {
        try (SandboxServer platform = SandboxServer.start(SandboxConfig.forTests(dir.resolve("platform.db")));
             Database db = Database.open(dir.resolve("studio.db"), Clock.systemUTC());
             LocalSandbox unused = new LocalSandbox(dir)) {
            FileSecretStore secrets = new FileSecretStore(dir.resolve("secrets.properties"));
            SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(db);
            AccountDirectory directory = new AccountDirectory(accounts, new SqliteSettingsRepository(db), secrets,
                    unused, Clock.systemUTC());
            List<URI> opened = new ArrayList<>();
            // The user's browser: opens the consent page; the platform redirects it to the studio's listener.
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            SyncAccount account = directory.connect(platform.baseUrl().toString(), platform.baseUrl(),
                    platform.appId(), platform.appSecret(), "done", uri -> {
                        opened.add(uri);
                        try {
                            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                                    URI.create(uri + "&sellerId=seller-2")).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            assertThat(page.body()).isEqualTo("done");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            assertThat(opened).singleElement().satisfies(u -> assertThat(u.toString())
                    .contains("/ark/authorization").contains("redirectUri=http%3A%2F%2F127.0.0.1"));
            assertThat(account.sellerId()).isEqualTo("seller-2");
            assertThat(directory.client(account.id()).getCategories().categories()).isNotEmpty();
            assertThat(secrets.read("sync.account-" + account.id() + ".tokens")).isPresent();
            assertThat(directory.isLocalSandbox(account.id())).isFalse();
            assertThatThrownBy(() -> directory.client(account.id() + 1)).isInstanceOf(PlatformException.class);
        }
    }
}
