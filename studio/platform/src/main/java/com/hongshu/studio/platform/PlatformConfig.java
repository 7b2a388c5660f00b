package com.hongshu.studio.platform;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom to call: the gateway base URL (the real seller endpoint or a sandbox), the app's id and secret,
 * and the timeouts. The secret never appears in {@link #toString()}.
 */
public record PlatformConfig(URI baseUrl, String appId, String appSecret, Duration requestTimeout,
                             Duration connectTimeout) {

    public PlatformConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    public static PlatformConfig of(URI baseUrl, String appId, String appSecret) {
        return new PlatformConfig(baseUrl, appId, appSecret, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public PlatformConfig withRequestTimeout(Duration timeout) {
        return new PlatformConfig(baseUrl, appId, appSecret, timeout, connectTimeout);
    }

    @Override
    public String toString() {
        return "PlatformConfig[baseUrl=" + baseUrl + ", appId=" + appId + ", appSecret=***, requestTimeout="
                + requestTimeout + "]";
    }
}
