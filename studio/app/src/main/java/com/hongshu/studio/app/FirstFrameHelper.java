package com.hongshu.studio.app;

import com.hongshu.studio.app.common.Icons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * What the first frame needs that need not happen on the FX thread, done on a second thread while the FX thread loads
 * the theme: the icon fonts, the single-instance lock and the CJK font, so that building and styling the shell finds
 * them ready. Only a head start: the FX thread would load any of these itself. Nothing here makes nodes or parses
 * CSS: JavaFX keeps its pseudo-class and style-class tables in unsynchronized statics the FX thread is filling meanwhile.
 */
final class FirstFrameHelper {

    /** Tried in order; JavaFX's own fallback skips CJK fonts on Linux, so one is named for the whole scene. */
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Source Han Sans SC");

    /**
     * {@code lock}: what {@link InstanceLock#acquire} answered. {@code cjkFont}: the family to name for the scene, the
     * remembered one, or on a first start the first of {@link #CJK_FAMILIES} installed (looking costs ~200 ms).
     */
    record Started(CompletableFuture<Optional<InstanceLock>> lock, CompletableFuture<Optional<String>> cjkFont) {
    }

    private FirstFrameHelper() {
    }

    static Started start(Path dataDir, String rememberedFont, Runnable onActivate) {
        Started started = new Started(new CompletableFuture<>(), new CompletableFuture<>());
        Thread thread = new Thread(() -> {
            loadIconFonts();
            try {
                started.lock().complete(InstanceLock.acquire(dataDir, onActivate));
            } catch (IOException e) {
                started.lock().completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                started.lock().completeExceptionally(e);
            }
            started.cjkFont().complete(loadCjkFont(rememberedFont));
        }, "studio-first-frame");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    private static void loadIconFonts() {
        try {
            Icons.registerIconFonts();
        } catch (RuntimeException ignored) {
            // Only a head start: the first icon made on the FX thread loads them again, and reports a failure.
        }
    }

    private static Optional<String> loadCjkFont(String remembered) {
        try {
            Optional<String> family = remembered.isEmpty()
                    ? CJK_FAMILIES.stream().filter(Set.copyOf(Font.getFamilies())::contains).findFirst()
                    : Optional.of(remembered);
            family.ifPresent(f -> {
                Font.font(f, 13);
                Font.font(f, FontWeight.BOLD, 13);
            });
            return family;
        } catch (RuntimeException e) {
            return Optional.empty(); // JavaFX's default font then, as on a system without any CJK font
        }
    }
}
