package com.hongshu.studio.app;

import com.hongshu.studio.app.common.Icons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * What the first frame needs that need not happen on the FX thread, done on a second thread while the FX thread loads
 * the theme: the icon fonts, the single-instance lock and the remembered CJK font, so that building and styling the shell
 * finds them ready. Only a head start: the FX thread would load any of these itself. Nothing here makes nodes or parses
 * CSS: JavaFX keeps its pseudo-class and style-class tables in unsynchronized statics the FX thread is filling meanwhile.
 */
final class FirstFrameHelper {

    private FirstFrameHelper() {
    }

    /** Starts the work; the returned lock is what {@link InstanceLock#acquire} answered. */
    static CompletableFuture<Optional<InstanceLock>> start(Path dataDir, String fontFamily, Runnable onActivate) {
        CompletableFuture<Optional<InstanceLock>> lock = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            loadIconFonts();
            try {
                lock.complete(InstanceLock.acquire(dataDir, onActivate));
            } catch (IOException e) {
                lock.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                lock.completeExceptionally(e);
            }
            loadFont(fontFamily);
        }, "studio-first-frame");
        thread.setDaemon(true);
        thread.start();
        return lock;
    }

    private static void loadIconFonts() {
        try {
            Icons.registerIconFonts();
        } catch (RuntimeException ignored) {
            // Only a head start: the first icon made on the FX thread loads them again, and reports a failure.
        }
    }

    private static void loadFont(String family) {
        if (!family.isEmpty()) {
            Font.font(family, 13);
            Font.font(family, FontWeight.BOLD, 13);
        }
    }
}
