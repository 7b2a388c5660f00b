package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.shell.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole studio on a fresh workspace, visits every section and switches the language. */
class StudioTourTest {

    @TempDir
    Path workspace;

    private final FxRobot robot = new FxRobot();

    private javafx.application.Application app;

    @BeforeEach
    void startStudio() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp.class, "--data-dir", workspace.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".workspace-ready").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5); // let the start-up work queued behind "ready" settle
    }

    @AfterEach
    void stopStudio() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void everySectionCanBeVisitedAndTheLanguageSwitched() throws Exception {
        for (Section s : Section.values()) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#nav-" + s.name().toLowerCase());
            WaitForAsyncUtils.waitForFxEvents();
            ToggleButton nav = robot.lookup("#nav-" + s.name().toLowerCase()).queryAs(ToggleButton.class);
            assertThat(nav.isSelected()).as(s.name()).isTrue();
        }

        chooseLanguage("zh-CN");
        assertThat(navText(Section.PRODUCTS)).isEqualTo("商品");
        assertThat(datePickerShows(LocalDate.of(2026, 12, 4))).isEqualTo("2026/12/4");
        assertThat(navText(Section.DASHBOARD)).isEqualTo("数据看板");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();

        chooseLanguage("en");
        assertThat(navText(Section.PRODUCTS)).isEqualTo("Products");
        assertThat(datePickerShows(LocalDate.of(2026, 12, 4))).isEqualTo("12/4/2026");
    }

    /** How the dashboard's date pickers write {@code day}: in the studio's language, whatever the computer's. */
    private String datePickerShows(LocalDate day) {
        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup(".date-picker").queryAs(DatePicker.class).getConverter().toString(day);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void keyboardShortcutsOpenTheSections() {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-language").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private void chooseLanguage(String language) throws Exception {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> box = robot.lookup("#settings-language").queryAs(ComboBox.class);
        robot.interact(() -> {
            box.setValue(language);
            box.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String navText(Section s) {
        return robot.lookup("#nav-" + s.name().toLowerCase()).queryAs(ToggleButton.class).getText();
    }
}
