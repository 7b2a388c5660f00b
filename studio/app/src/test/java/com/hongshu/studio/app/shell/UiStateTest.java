package com.hongshu.studio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.InThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiStateTest {

    @TempDir
    Path dir;

    @Test
    void windowBoundsSectionLanguageAndThemeAreRemembered() {
        UiPreferences prefs = new UiPreferences(dir, UiState.load(dir), new InThreadTaskRunner());
        prefs.update(s -> s.withBounds(10, 20, 1400, 900, false).withSection(Section.DASHBOARD)
                .withLanguage("en").withTheme("dark"));

        UiState again = UiState.load(dir);
        assertThat(again.x()).isEqualTo(10);
        assertThat(again.width()).isEqualTo(1400);
        assertThat(again.section()).isEqualTo(Section.DASHBOARD);
        assertThat(again.language()).isEqualTo("en");
        assertThat(again.theme()).isEqualTo("dark");
    }

    @Test
    void aDamagedStateFileFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve(UiState.FILE), "width=abc\nsection=NOPE\nheight=-5\n");
        UiState s = UiState.load(dir);
        assertThat(s.width()).isEqualTo(UiState.defaults().width());
        assertThat(s.section()).isEqualTo(Section.NOTES);
        assertThat(s.height()).isGreaterThanOrEqualTo(480);
    }
}
