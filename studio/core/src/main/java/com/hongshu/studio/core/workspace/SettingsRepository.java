package com.hongshu.studio.core.workspace;

import java.util.Optional;

/** The workspace's own preferences (window geometry, language, theme, ...) as plain key/value text. */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }
}
