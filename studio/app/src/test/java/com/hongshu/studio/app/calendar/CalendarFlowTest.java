package com.hongshu.studio.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.StudioApp;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole studio: a scheduled note is dragged to another day on the calendar and the notes list shows its new time. */
class CalendarFlowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "Calendar flow note";

    @TempDir
    Path workspace;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private long id;
    private LocalDate tomorrow;

    @BeforeEach
    void startStudio() throws Exception {
        tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
        try (Workspace ws = Workspace.open(workspace, Clock.systemUTC())) {
            SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), Clock.systemUTC());
            id = repo.save(Note.draft(Instant.now()).withText(TITLE, "").withStatus(NoteStatus.SCHEDULED,
                    tomorrow.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant())).id();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp.class, "--data-dir", workspace.toString());
        waitUntil(() -> robot.lookup(".workspace-ready").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @AfterEach
    void stopStudio() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String chip() {
        return "#calendar-chip-" + id;
    }

    @Test
    void dragAScheduledNoteToAnotherDayAndSeeItsNewTimeInTheNotesList() throws Exception {
        robot.clickOn("#nav-calendar");
        waitUntil(() -> robot.lookup("#calendar-day-" + tomorrow + " " + chip()).tryQuery().isPresent());

        LocalDate target = tomorrow.plusDays(1);
        robot.drag(chip()).dropTo("#calendar-day-" + target);
        waitUntil(() -> robot.lookup("#calendar-day-" + target + " " + chip()).tryQuery().isPresent());
        assertThat(robot.lookup("#calendar-day-" + tomorrow + " " + chip()).tryQuery()).isEmpty();

        Instant moved = target.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant();
        Locale locale = I18n.supported(Locale.getDefault());
        String expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(moved);
        robot.clickOn("#nav-notes");
        waitUntil(() -> robot.lookup("#notes-list .list-cell .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t != null && t.startsWith(expected)));

        robot.clickOn("#nav-calendar");
        waitUntil(() -> robot.lookup(chip()).tryQuery().isPresent());
        robot.doubleClickOn(chip());
        waitUntil(() -> robot.lookup("#nav-notes").queryAs(ToggleButton.class).isSelected());
        waitUntil(() -> TITLE.equals(robot.lookup("#notes-title").queryAs(TextField.class).getText()));
    }

    @Test
    void inTheWeekADragAcrossOneColumnKeepsTheTimeAndChangesTheDay() throws Exception {
        LocalDate target = tomorrow.plusDays(1);
        org.junit.jupiter.api.Assumptions.assumeTrue(CalendarViewModel.days(CalendarViewModel.Mode.WEEK,
                tomorrow.minusDays(1)).contains(target), "the day after tomorrow is in next week");
        robot.clickOn("#nav-calendar");
        robot.clickOn("#calendar-mode-week");
        waitUntil(() -> robot.lookup("#calendar-column-" + tomorrow + " " + chip()).tryQuery().isPresent());
        double width = robot.lookup("#calendar-column-" + tomorrow).queryAs(javafx.scene.layout.Region.class)
                .getWidth();
        robot.drag(chip()).moveBy(width, 0).drop();
        waitUntil(() -> robot.lookup("#calendar-column-" + target + " " + chip()).tryQuery().isPresent());
        assertThat(robot.lookup("#calendar-column-" + target + " " + chip() + " .calendar-chip-time")
                .queryAs(Label.class).getText()).isEqualTo("12:00");
    }

    @Test
    void aNoteDroppedOnAPastDayStaysWhereItIsAndTheUserIsToldWhy() throws Exception {
        LocalDate yesterday = tomorrow.minusDays(2);
        org.junit.jupiter.api.Assumptions.assumeTrue(CalendarViewModel.days(CalendarViewModel.Mode.MONTH,
                tomorrow.minusDays(1)).contains(yesterday), "yesterday is outside this month's grid today");
        robot.clickOn("#nav-calendar");
        waitUntil(() -> robot.lookup(chip()).tryQuery().isPresent());
        robot.drag(chip()).dropTo("#calendar-day-" + yesterday);
        waitUntil(() -> robot.lookup(".notice-warning").tryQuery().isPresent());
        assertThat(robot.lookup(".notice-warning .label").queryAs(Label.class).getText()).contains("past");
        assertThat(robot.lookup("#calendar-day-" + tomorrow + " " + chip()).tryQuery()).isPresent();
    }

    @Test
    void theCalendarReadsInChinese() throws Exception {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#settings-language").queryAs(ComboBox.class);
        robot.interact(() -> {
            box.setValue("zh-CN");
            box.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-calendar");
        waitUntil(() -> robot.lookup(chip()).tryQuery().isPresent());
        assertThat(robot.lookup("#calendar-title").queryAs(Label.class).getText()).matches("\\d{4}年\\d{1,2}月");
        assertThat(robot.lookup("#calendar-mode-week").queryAs(ToggleButton.class).getText()).isEqualTo("周");
        snapshot("calendar-zh.png");
        robot.clickOn("#calendar-mode-week");
        waitUntil(() -> robot.lookup("#calendar-week " + chip()).tryQuery().isPresent());
        snapshot("calendar-week-zh.png");
    }

    private void snapshot(String name) {
        String target = System.getProperty("calendar.snapshots");
        if (target == null) {
            return;
        }
        robot.interact(() -> {
            Node root = robot.lookup(".shell").query();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(root.getScene().snapshot(null), null), "png",
                        Path.of(target, name).toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
