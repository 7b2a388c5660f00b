package com.hongshu.studio.app.sync;

import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncAccountRepository;
import com.hongshu.studio.core.workspace.SettingsRepository;
import com.hongshu.studio.platform.ErrorCategory;
import com.hongshu.studio.platform.InMemoryTokenStore;
import com.hongshu.studio.platform.PlatformClient;
import com.hongshu.studio.platform.PlatformConfig;
import com.hongshu.studio.platform.PlatformException;
import com.hongshu.studio.platform.TokenSet;
import com.hongshu.studio.platform.sync.SecretTokenStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * How each account reaches its platform: the endpoint in the workspace settings (the local sandbox's is found at run
 * time), the app secret and the tokens in the {@link SecretStore}. Connecting runs the OAuth authorize flow with a
 * loopback redirect.
 */
final class AccountDirectory {

    static final String LOCAL_SANDBOX = "local-sandbox";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final SyncAccountRepository accounts;
    private final SettingsRepository settings;
    private final SecretStore secrets;
    private final SecretTokenStore tokens;
    private final LocalSandbox sandbox;
    private final Clock clock;
    private final Map<Long, PlatformClient> clients = new ConcurrentHashMap<>();

    AccountDirectory(SyncAccountRepository accounts, SettingsRepository settings, SecretStore secrets,
                     LocalSandbox sandbox, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.secrets = secrets;
        this.tokens = new SecretTokenStore(secrets);
        this.sandbox = sandbox;
        this.clock = clock;
    }

    static String accountKey(long accountId) {
        return "account-" + accountId;
    }

    private static String endpointKey(long accountId) {
        return "sync.account." + accountId + ".endpoint";
    }

    private static String secretKey(long accountId) {
        return "sync." + accountKey(accountId) + ".appSecret";
    }

    boolean isLocalSandbox(long accountId) {
        return LOCAL_SANDBOX.equals(settings.get(endpointKey(accountId)).orElse(null));
    }

    /** The account's client (one per account, shared by the engine and the pulls). */
    PlatformClient client(long accountId) {
        return clients.computeIfAbsent(accountId, id -> {
            String endpoint = settings.get(endpointKey(id)).orElseThrow(() -> notConnected(id));
            String secret = secrets.read(secretKey(id)).orElseThrow(() -> notConnected(id));
            SyncAccount account = accounts.find(id).orElseThrow(() -> notConnected(id));
            URI base = LOCAL_SANDBOX.equals(endpoint) ? sandbox.baseUrl() : URI.create(endpoint);
            // Signed timestamps are judged by the platform's wall clock, whatever clock the engine runs on.
            return new PlatformClient(PlatformConfig.of(base, account.appId(), secret), accountKey(id), tokens,
                    PlatformClient.defaultHttpClient(PlatformConfig.of(base, account.appId(), secret)),
                    Clock.systemUTC());
        });
    }

    /** The first-run account: the in-process sandbox, connected through its authorize endpoint. */
    SyncAccount connectLocalSandbox(String page) throws IOException {
        var server = sandbox.start();
        return connect(LOCAL_SANDBOX, server.baseUrl(), server.appId(), server.appSecret(), page,
                AccountDirectory::followRedirects);
    }

    /**
     * Runs the authorize flow: {@code browser} opens the consent page, the platform redirects to a one-shot
     * loopback listener, the code is exchanged and the tokens stored before the account is returned.
     */
    SyncAccount connect(String endpoint, URI base, String appId, String appSecret, String page,
                        Consumer<URI> browser) throws IOException {
        PlatformConfig config = PlatformConfig.of(base, appId, appSecret);
        InMemoryTokenStore staging = new InMemoryTokenStore();
        PlatformClient pending = new PlatformClient(config, "pending", staging,
                PlatformClient.defaultHttpClient(config), Clock.systemUTC());
        TokenSet got;
        try (OAuthLoopback loopback = OAuthLoopback.open(UUID.randomUUID().toString(), page)) {
            browser.accept(pending.authorizationUri(loopback.redirectUri(), loopback.state()));
            got = pending.connect(loopback.awaitCode(Duration.ofMinutes(5)));
        }
        String name = got.sellerName() == null || got.sellerName().isBlank() ? got.sellerId() : got.sellerName();
        SyncAccount account = accounts.upsert(appId, got.sellerId(), name, DEFAULT_ZONE, clock.instant());
        secrets.write(secretKey(account.id()), appSecret);
        settings.put(endpointKey(account.id()), endpoint);
        tokens.save(accountKey(account.id()), got);
        clients.remove(account.id());
        return account;
    }

    /** For the local sandbox the studio itself plays the browser: the consent needs no person. */
    private static void followRedirects(URI uri) {
        HttpClient agent = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            agent.send(java.net.http.HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static PlatformException notConnected(long id) {
        return new PlatformException(ErrorCategory.NEEDS_USER, 1105, 0, "account",
                "account " + id + " is not connected", null, null, null);
    }
}
