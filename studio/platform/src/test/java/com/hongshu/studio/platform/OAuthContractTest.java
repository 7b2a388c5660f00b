package com.hongshu.studio.platform;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthContractTest extends SandboxTest {
    static final long MINUTE = 60_000L;
    static final long DAY = 24 * 60 * MINUTE;

    @Test
    void authorizationRedirectsWithACodeThatConnectsTheAccount() throws Exception {
        URI redirect = URI.create("http://127.0.0.1:9/callback");
        URI auth = client.authorizationUri(redirect, "st-1");
        HttpResponse<Void> res = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(auth).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(res.statusCode()).isEqualTo(302);
        String location = res.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://127.0.0.1:9/callback?code=").endsWith("&state=st-1");
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));

        InMemoryTokenStore store = new InMemoryTokenStore();
        PlatformClient other = newClient("acc-2", store);
        TokenSet tokens = other.connect(code);

        assertThat(tokens.sellerId()).isEqualTo(SELLER);
        assertThat(tokens.sellerName()).isEqualTo("本地沙盒店铺");
        assertThat(tokens.accessTokenExpiresAt() - control.now()).isBetween(7 * DAY - MINUTE, 7 * DAY);
        assertThat(tokens.refreshTokenExpiresAt() - control.now()).isBetween(14 * DAY - MINUTE, 14 * DAY);
        assertThat(store.load("acc-2")).contains(tokens);
        assertThat(other.getCategories().categories()).isNotEmpty();
        assertCategory(failure(() -> newClient("acc-3", new InMemoryTokenStore()).connect(code)),
                ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void aCodeLivesTenMinutes() {
        String code = control.authorizationCode(SELLER);
        control.advanceClock(10 * MINUTE + 1);
        assertCategory(failure(() -> newClient("acc-2", new InMemoryTokenStore()).connect(code)),
                ErrorCategory.VALIDATION, 2001);
    }

    @Test
    void refreshingWithMoreThanThirtyMinutesLeftReturnsTheSameTokens() {
        TokenSet before = tokenStore.load(ACCOUNT).orElseThrow();
        control.advanceClock(7 * DAY - 31 * MINUTE);
        assertThat(client.refreshTokens()).isEqualTo(before);
    }

    @Test
    void refreshingLateRotatesBothAndTheOldAccessTokenWorksFiveMinutes() {
        TokenSet before = tokenStore.load(ACCOUNT).orElseThrow();
        control.advanceClock(7 * DAY - 10 * MINUTE);
        TokenSet after = client.refreshTokens();
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(tokenStore.load(ACCOUNT)).contains(after);

        InMemoryTokenStore stale = new InMemoryTokenStore();
        stale.save("old", before);
        PlatformClient old = newClient("old", stale);
        assertThat(old.getCategories().categories()).isNotEmpty();
        control.advanceClock(5 * MINUTE + 1);
        // The old access token is now refused and its refresh token was rotated away: only the user can fix it.
        assertCategory(failure(old::getCategories), ErrorCategory.NEEDS_USER, 1103);
        assertThat(client.getCategories().categories()).isNotEmpty();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallSucceeds() {
        control.advanceClock(7 * DAY + 1);
        assertThat(client.getLogisticsList().logisticsList()).isNotEmpty();
        assertThat(control.calls("oauth.refreshToken")).isEqualTo(1);
        assertThat(control.calls("common.getLogisticsList")).isEqualTo(2);
    }

    @Test
    void anUnknownAccessTokenIsRefreshedOnce() {
        TokenSet real = tokenStore.load(ACCOUNT).orElseThrow();
        InMemoryTokenStore broken = new InMemoryTokenStore();
        broken.save("b", new TokenSet("at-garbage", real.accessTokenExpiresAt(), real.refreshToken(),
                real.refreshTokenExpiresAt(), real.sellerId(), real.sellerName()));
        PlatformClient c = newClient("b", broken);
        assertThat(c.getCategories().categories()).isNotEmpty();
        assertThat(control.calls("oauth.refreshToken")).isEqualTo(1);
        assertThat(broken.load("b").orElseThrow().accessToken()).isEqualTo(real.accessToken());
    }

    @Test
    void afterASandboxResetTheAccountMustBeConnectedAgain() {
        control.reset();
        assertCategory(failure(client::getCategories), ErrorCategory.NEEDS_USER, 1103);
        client.connect(control.authorizationCode(SELLER));
        assertThat(client.getCategories().categories()).isNotEmpty();
    }

    @Test
    void anExpiredRefreshTokenNeedsTheUser() {
        control.advanceClock(14 * DAY + 1);
        assertCategory(failure(client::getCategories), ErrorCategory.NEEDS_USER, 1103);
    }

    @Test
    void aRevokedAuthorizationNeedsTheUser() {
        control.revokeAuthorization(SELLER);
        assertCategory(failure(client::getCategories), ErrorCategory.NEEDS_USER, 1105);
    }

    @Test
    void anAccountWithoutTokensNeedsTheUser() {
        PlatformClient unconnected = newClient("nobody", new InMemoryTokenStore());
        assertThat(failure(unconnected::getCategories).category()).isEqualTo(ErrorCategory.NEEDS_USER);
    }

    @Test
    void theRotatedTokenIsSavedBeforeItIsUsed() {
        List<Long> callsSeenAtSave = new ArrayList<>();
        TokenStore recording = new TokenStore() {
            @Override
            public Optional<TokenSet> load(String accountId) {
                return tokenStore.load(accountId);
            }

            @Override
            public void save(String accountId, TokenSet tokens) {
                callsSeenAtSave.add(control.calls("common.getCarriageTemplateList"));
                tokenStore.save(accountId, tokens);
            }
        };
        PlatformClient c = newClient(ACCOUNT, recording);
        control.advanceClock(7 * DAY + 1);
        c.getCarriageTemplateList();
        // At save time only the refused attempt had reached the platform; the retry came after.
        assertThat(callsSeenAtSave).containsExactly(1L);
        assertThat(control.calls("common.getCarriageTemplateList")).isEqualTo(2);
    }

    @Test
    void aSecondClientOfTheAccountAdoptsTokensTheFirstRotated() {
        PlatformClient second = newClient(ACCOUNT, tokenStore);
        assertThat(second.getCategories().categories()).isNotEmpty();
        control.advanceClock(7 * DAY + 1);
        assertThat(client.getCategories().categories()).isNotEmpty();
        assertThat(second.getCategories().categories()).isNotEmpty();
        assertThat(control.calls("oauth.refreshToken")).isEqualTo(1);
    }

    @Test
    void concurrentCallsShareOneRefresh() throws Exception {
        control.advanceClock(7 * DAY + 1);
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.getCategories();
                }));
            }
            start.countDown();
            for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(control.calls("oauth.refreshToken")).isEqualTo(1);
        assertThat(tokenStore.saves()).isEqualTo(2);
    }

    @Test
    void aComputerClockOneHourOffIsCorrectedFromTheDateHeader() {
        Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        PlatformClient c = new PlatformClient(platformConfig(), ACCOUNT, tokenStore,
                PlatformClient.defaultHttpClient(platformConfig()), skewed);
        assertThat(c.getCategories().categories()).isNotEmpty();
        assertThat(c.clockOffsetMillis()).isBetween(-3_600_000L - 5_000, -3_600_000L + 5_000);
        assertThat(c.getLogisticsList().logisticsList()).isNotEmpty();
    }

    @Test
    void wrongAppCredentialsNeedTheUser() {
        TokenSet t = tokenStore.load(ACCOUNT).orElseThrow();
        InMemoryTokenStore s = new InMemoryTokenStore();
        s.save("x", t);
        PlatformClient badSecret = new PlatformClient(
                PlatformConfig.of(sandbox.baseUrl(), sandbox.appId(), "wrong-secret"), "x", s);
        assertCategory(failure(badSecret::getCategories), ErrorCategory.NEEDS_USER, 1002);
        PlatformClient badApp = new PlatformClient(PlatformConfig.of(sandbox.baseUrl(), "no-such-app", "x"), "x", s);
        assertCategory(failure(badApp::getCategories), ErrorCategory.NEEDS_USER, 1004);
    }
}
