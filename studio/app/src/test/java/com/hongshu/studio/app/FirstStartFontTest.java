package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A first start in Chinese names an installed CJK font before its window shows, and remembers it. */
class FirstStartFontTest {

    @TempDir
    Path workspace;

    private Application app;

    @AfterEach
    void stopStudio() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstChineseWindowAlreadyUsesACjkFont() throws Exception {
        FxToolkit.registerPrimaryStage();
        Set<String> installed = Set.copyOf(WaitForAsyncUtils.asyncFx(Font::getFamilies).get());
        String expected = FirstFrameHelper.CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
        Assumptions.assumeTrue(expected != null, "no CJK font installed (apt-get install fonts-noto-cjk)");
        Files.writeString(workspace.resolve("ui.properties"), "language=zh-CN\n");

        StringBuilder styleWhenShown = new StringBuilder();
        Window.getWindows().addListener((javafx.collections.ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> w.setOnShown(e -> styleWhenShown.append(rootStyle(w.getScene()))));
            }
        });
        app = FxToolkit.setupApplication(StudioApp.class, "--data-dir", workspace.toString());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(styleWhenShown.toString()).contains(expected);
        assertThat(Files.readString(workspace.resolve("ui.properties"))).contains("font=" + expected);
    }

    private static String rootStyle(Scene scene) {
        return scene == null || scene.getRoot() == null ? "" : scene.getRoot().getStyle();
    }
}
