package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxServerTest {
    @TempDir
    Path dir;

    @Test
    void listensOnLoopbackAndAnswersInTheEnvelope() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.forTests(dir.resolve("s.db")))) {
            assertThat(sandbox.port()).isPositive();
            assertThat(InetAddress.getByName(sandbox.baseUrl().getHost()).isLoopbackAddress()).isTrue();
            HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            sandbox.baseUrl().resolve("/ark/open_api/v3/common_controller"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"common.getCategories\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(res.body());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(body.path("success").asBoolean()).isFalse();
            assertThat(body.path("error_code").asInt()).isEqualTo(1001);
            assertThat(body.has("request_id")).isTrue();
            assertThat(res.headers().firstValue("Date")).isPresent();
        }
    }

    @Test
    void seedAnswersTheAppCredentialsAndResetKeepsThem() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.forTests(dir.resolve("s.db"))
                .withAppSecret("fixed-secret"))) {
            SandboxControl control = sandbox.control();
            JsonNode seeded = control.seed(Map.of("products", 2, "notes", 3));
            assertThat(seeded.path("appId").asText()).isEqualTo(sandbox.appId());
            assertThat(seeded.path("appSecret").asText()).isEqualTo("fixed-secret");
            assertThat(control.state("sku")).hasSize(2);
            assertThat(control.state("note")).hasSize(3);
            control.reset();
            assertThat(control.state("sku")).isEmpty();
            assertThat(control.state("app")).hasSize(1);
            assertThat(control.state("category")).isNotEmpty();
        }
    }

    @Test
    void theVirtualClockMovesOnlyWhenToldWhileFrozenAndSurvivesARestart() {
        Path db = dir.resolve("s.db");
        long moved;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.forTests(db))) {
            SandboxControl control = sandbox.control();
            long t0 = control.now();
            assertThat(control.now()).isEqualTo(t0);
            moved = control.advanceClock(86_400_000L);
            assertThat(moved).isEqualTo(t0 + 86_400_000L);
        }
        try (SandboxServer again = SandboxServer.start(SandboxConfig.forTests(db))) {
            assertThat(again.control().now()).isEqualTo(moved);
        }
    }

    @Test
    void faultRulesFireFromTheNthMatchingCallForTheirCount() {
        FaultRule rule = new FaultRule(1, new ObjectMapper().createObjectNode()
                .put("action", "http").put("method", "m").put("nth", 2).put("times", 2));
        assertThat(rule.fires("other", null, null)).isFalse();
        assertThat(rule.fires("m", null, null)).isFalse();
        assertThat(rule.fires("m", null, null)).isTrue();
        assertThat(rule.fires("m", null, null)).isTrue();
        assertThat(rule.fires("m", null, null)).isFalse();
        FaultRule account = new FaultRule(2, new ObjectMapper().createObjectNode()
                .put("action", "risk_control").put("account", "seller-2").put("times", 0));
        assertThat(account.fires("x", null, "seller-1")).isFalse();
        assertThat(account.fires("x", null, "seller-2")).isTrue();
        assertThat(account.fires("y", null, "seller-2")).isTrue();
    }
}
