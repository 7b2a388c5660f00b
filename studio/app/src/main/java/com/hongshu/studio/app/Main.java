package com.hongshu.studio.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;

/** Plain entry point, so the studio starts from the class path without JavaFX modules on the module path. */
public final class Main {

    /**
     * Classes the first frame needs. Loading (not initializing) them on a second core while the JavaFX toolkit starts
     * takes their class-loading cost off the FX thread's path to the first frame.
     */
    private static final String[] FIRST_FRAME_CLASSES = {
        "javafx.scene.control.ToggleButton", "javafx.scene.control.skin.ToggleButtonSkin", "javafx.scene.control.Label",
        "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.Button", "javafx.scene.control.skin.ButtonSkin",
        "javafx.scene.layout.BorderPane", "javafx.animation.PauseTransition",
        "atlantafx.base.theme.PrimerLight", "atlantafx.base.theme.PrimerDark",
        "org.kordamp.ikonli.javafx.FontIcon", "org.kordamp.ikonli.IkonResolverProvider",
        "org.kordamp.ikonli.material2.Material2OutlinedAL", "org.kordamp.ikonli.material2.Material2OutlinedMZ",
        "org.kordamp.ikonli.material2.Material2OutlinedALIkonHandler",
        "org.kordamp.ikonli.material2.Material2OutlinedMZIkonHandler",
        "com.hongshu.studio.app.StudioApp", "com.hongshu.studio.app.FirstFrameHelper",
        "com.hongshu.studio.app.shell.ShellView", "com.hongshu.studio.app.shell.ShellViewModel",
        "com.hongshu.studio.app.common.FxTaskRunner", "com.hongshu.studio.app.common.I18n",
        "com.hongshu.studio.app.common.FxNotifier", "com.hongshu.studio.store.Workspace",
        "com.hongshu.studio.store.Database", "org.sqlite.JDBC",
    };

    private Main() {
    }

    public static void main(String[] args) {
        ExecutorService preload = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "studio-preload");
            t.setDaemon(true);
            return t;
        });
        preload.execute(() -> {
            ClassLoader loader = Main.class.getClassLoader();
            for (String name : FIRST_FRAME_CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError ignored) {
                    // Only a head start: whatever is missing loads normally when first used.
                }
            }
        });
        preload.shutdown();
        Application.launch(StudioApp.class, args);
    }
}
