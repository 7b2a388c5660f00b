package com.hongshu.studio.sandbox;

import java.util.HashMap;
import java.util.Map;

/** Fixed one-second windows of virtual time, per app and per app+method. Callers hold the gateway lock. */
final class RateLimiter {
    private final Map<String, long[]> windows = new HashMap<>();

    void check(String appId, String method, long now, Settings settings) {
        long second = Math.floorDiv(now, 1000);
        long retry = Math.max(1, (second + 1) * 1000 - now + 999) / 1000;
        if (settings.appRatePerSecond > 0 && hit("app:" + appId, second) > settings.appRatePerSecond) {
            throw new ApiError(1201, "app rate limit exceeded", 429, retry, null);
        }
        if (settings.methodRatePerSecond > 0
                && hit("method:" + appId + ":" + method, second) > settings.methodRatePerSecond) {
            throw new ApiError(1202, "method rate limit exceeded", 429, retry, null);
        }
    }

    private long hit(String key, long second) {
        long[] w = windows.computeIfAbsent(key, k -> new long[] {second, 0});
        if (w[0] != second) {
            w[0] = second;
            w[1] = 0;
        }
        return ++w[1];
    }

    void clear() {
        windows.clear();
    }
}
