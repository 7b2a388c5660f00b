package com.hongshu.studio.app;

import com.hongshu.studio.core.workspace.DataFolders;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code --data-dir DIR} (the workspace folder), {@code --demo} (a separate workspace filled with
 * sample data), {@code --quit-after-startup} (print {@code startup_ms=N} once the first frame is shown, then exit).
 */
public record LaunchOptions(Path dataDir, boolean demo, boolean quitAfterStartup) {

    public static LaunchOptions parse(List<String> args, Path defaultDataDir) {
        Path dir = null;
        boolean demo = false;
        boolean quit = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--demo" -> demo = true;
                case "--quit-after-startup" -> quit = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--data-dir needs a folder");
                    }
                    dir = Path.of(args.get(++i));
                }
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dir = Path.of(a.substring("--data-dir=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        if (dir == null) {
            // The demo never shares a folder with the user's own workspace.
            dir = demo ? defaultDataDir.resolveSibling(defaultDataDir.getFileName() + "-demo") : defaultDataDir;
        }
        return new LaunchOptions(dir.toAbsolutePath(), demo, quit);
    }

    public static LaunchOptions parse(List<String> args) {
        return parse(args, DataFolders.defaultDataDir());
    }
}
