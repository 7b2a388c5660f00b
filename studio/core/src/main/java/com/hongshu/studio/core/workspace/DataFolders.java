package com.hongshu.studio.core.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-OS user data folder the studio keeps its default workspace in. */
public final class DataFolders {

    private DataFolders() {
    }

    public static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Hongshu Studio");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library/Application Support/Hongshu Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("hongshu-studio");
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
