package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignerAndEnvelopeTest {

    @Test
    void signatureOfAFixedInputMatchesAnIndependentlyComputedMd5() {
        // printf '%s' 'product.getItemInfo?appId=app-42&timestamp=1700000000&version=2.0s3cr3t' | md5sum
        assertThat(Signer.sign("product.getItemInfo", "app-42", 1_700_000_000L, "2.0", "s3cr3t"))
                .isEqualTo("2f9749e3c030fbdc90b618d3b44a88cc");
    }

    @Test
    void readsTheStandardEnvelope() {
        JsonNode data = read(200, "{\"success\":true,\"error_code\":0,\"error_msg\":\"\",\"data\":{\"a\":1}}", false);
        assertThat(data.path("a").asInt()).isEqualTo(1);
    }

    @Test
    void readsTheAlternateCodeMsgEnvelope() {
        assertThat(read(200, "{\"code\":0,\"msg\":\"ok\",\"data\":{\"a\":2}}", false).path("a").asInt()).isEqualTo(2);
        PlatformException e = fail(200, "{\"code\":3001,\"msg\":\"not found\",\"data\":null}", false);
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.code()).isEqualTo(3001);
    }

    @Test
    void anHtmlPageOrAStrangeJsonIsAChangedPlatform() {
        assertThat(fail(200, "<html><body>登录</body></html>", false).category())
                .isEqualTo(ErrorCategory.PLATFORM_CHANGED);
        assertThat(fail(200, "{\"items\":[]}", false).category()).isEqualTo(ErrorCategory.PLATFORM_CHANGED);
        assertThat(fail(404, "not here", false).category()).isEqualTo(ErrorCategory.PLATFORM_CHANGED);
    }

    @Test
    void serverErrorsAreUnknownForWritesAndRetryableForReads() {
        assertThat(fail(502, "bad gateway", true).category()).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(fail(502, "bad gateway", false).category()).isEqualTo(ErrorCategory.RETRYABLE);
        assertThat(fail(500, "{\"success\":false,\"error_code\":5000,\"error_msg\":\"x\"}", true).category())
                .isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(fail(503, "{\"success\":false,\"error_code\":5003,\"error_msg\":\"busy\"}", true).category())
                .isEqualTo(ErrorCategory.RETRYABLE);
    }

    @Test
    void everyDocumentedCodeHasItsCategory() {
        int[][] table = {
                {1001, 4}, {1005, 4}, {2001, 4}, {2002, 4}, {2003, 4}, {2004, 4}, {2005, 4}, {2006, 4}, {2007, 4},
                {1002, 2}, {1003, 2}, {1004, 2}, {1101, 1}, {1102, 1}, {1103, 2}, {1105, 2},
                {1201, 3}, {1202, 3}, {1203, 3}, {1301, 9}, {1302, 9}, {1401, 5}, {1402, 5},
                {2008, 4}, {2009, 0}, {2010, 4}, {2011, 4}, {3001, 6}, {3002, 5}, {3003, 5}, {5003, 0}};
        for (int[] row : table) {
            assertThat(ErrorCodes.categorize(row[0], true)).as("code %d", row[0])
                    .isEqualTo(ErrorCategory.values()[row[1]]);
        }
        assertThat(ErrorCodes.categorize(5000, true)).isEqualTo(ErrorCategory.UNKNOWN_OUTCOME);
        assertThat(ErrorCodes.categorize(5000, false)).isEqualTo(ErrorCategory.RETRYABLE);
        assertThat(ErrorCodes.categorize(4242, false)).isEqualTo(ErrorCategory.PLATFORM_CHANGED);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(ClockSync.retryAfter("7", null, 0)).contains(Duration.ofSeconds(7));
        assertThat(ClockSync.retryAfter("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", 0))
                .contains(Duration.ofSeconds(30));
        assertThat(ClockSync.retryAfter("soon", null, 0)).isEmpty();
    }

    @Test
    void clockOffsetComesFromTheDateHeader() {
        Instant local = Instant.parse("2015-10-21T08:28:00Z");
        ClockSync sync = new ClockSync(Clock.fixed(local, ZoneOffset.UTC));
        assertThat(sync.observe("Wed, 21 Oct 2015 07:28:00 GMT", local.toEpochMilli(), local.toEpochMilli()))
                .isTrue();
        assertThat(sync.offsetMillis()).isBetween(-3_600_000L, -3_599_000L);
        assertThat(sync.observe("Wed, 21 Oct 2015 07:28:01 GMT", local.toEpochMilli(), local.toEpochMilli()))
                .as("one second of Date granularity is noise").isFalse();
    }

    @Test
    void secretsStayOutOfToString() {
        TokenSet t = new TokenSet("at-secret", 1, "rt-secret", 2, "seller-1", "店");
        PlatformConfig c = PlatformConfig.of(java.net.URI.create("http://127.0.0.1:1"), "app", "app-secret");
        assertThat(t.toString()).doesNotContain("at-secret").doesNotContain("rt-secret");
        assertThat(c.toString()).doesNotContain("app-secret");
        assertThat(new Notes.UploadPermit(java.util.List.of("f"), "up-token", 1).toString()).doesNotContain("up-token");
    }

    private static JsonNode read(int status, String body, boolean write) {
        return Envelope.read("m", write, status, "application/json", body.getBytes(StandardCharsets.UTF_8), null,
                Models.mapper());
    }

    private static PlatformException fail(int status, String body, boolean write) {
        return assertThrows(PlatformException.class, () -> read(status, body, write));
    }
}
