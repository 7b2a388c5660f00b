package com.hongshu.studio.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.StudioApp;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole studio on a workspace with statistics: change the period, open the best note from the top list. */
class DashboardFlowTest {

    @TempDir
    Path workspace;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private final Clock clock = Clock.systemDefaultZone();
    private final LocalDate today = LocalDate.now(clock);
    private long views7;
    private long views30;

    @BeforeEach
    void seedAndStart() throws Exception {
        try (Workspace ws = Workspace.open(workspace, clock)) {
            SqliteNoteRepository notes = new SqliteNoteRepository(ws.database(), clock);
            List<NoteInfo> infos = new ArrayList<>();
            List<NoteDay> days = new ArrayList<>();
            String[] titles = {"平平无奇的一篇", "最受欢迎的笔记", "还不错的笔记"};
            long[] daily = {100, 5000, 800};
            for (int i = 0; i < titles.length; i++) {
                Note saved = notes.save(new Note(0, NoteKind.IMAGE, titles[i], "正文", List.of(), List.of(), null,
                        Visibility.PUBLIC, Set.of(), List.of(), null, 0, List.of(), NoteStatus.PUBLISHED, null,
                        "remote-" + i, Instant.now(), Instant.now()));
                NoteRef ref = NoteRef.local(saved.id(), titles[i]);
                infos.add(new NoteInfo(ref, today.minusDays(59).atTime(20, 0).atZone(clock.getZone()).toInstant(),
                        "图文"));
                for (int d = 0; d < 60; d++) {
                    long v = daily[i] + d;
                    days.add(NoteDay.of(ref, today.minusDays(d), new Counts(v * 10, v, v / 10, v / 20, 1, 1, 0),
                            15_000));
                    views30 += d < 30 ? v : 0;
                    views7 += d < 7 ? v : 0;
                }
            }
            new SqliteStatsRepository(ws.database(), clock.getZone())
                    .write(new StatsBatch(infos, days, List.of(), List.of()), StatsRepository.WriteListener.NONE);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp.class, "--data-dir", workspace.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".workspace-ready").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String kpiViews() {
        return robot.lookup("#kpi-views").queryAs(Label.class).getText();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void changeThePeriodThenOpenTheTopNoteInNotes() throws Exception {
        robot.clickOn("#nav-dashboard");
        NumberFormat fmt = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        waitFor(() -> fmt.format(views30).equals(kpiViews()));
        // The studio pulls its local sandbox account's figures at start and the dashboard reloads with them: let that
        // land before clicking, as a user would see the followers appear.
        waitFor(() -> robot.lookup("#kpi-followers").queryAs(Label.class).getText().matches("[1-9].*"));

        robot.clickOn("#period-days_7");
        waitFor(() -> fmt.format(views7).equals(kpiViews()));
        assertThat(robot.lookup("#dashboard-period").queryAs(Label.class).getText()).contains("(7 days)");
        assertThat(robot.lookup("#period-days_7").queryAs(ToggleButton.class).isSelected()).isTrue();

        @SuppressWarnings("unchecked")
        TableView<NoteRow> table = robot.lookup("#dashboard-notes").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 3);
        assertThat(table.getItems().get(0).title()).isEqualTo("最受欢迎的笔记");
        javafx.scene.control.ScrollPane scroll = robot.lookup("#dashboard-scroll").queryAs(
                javafx.scene.control.ScrollPane.class);
        robot.interact(() -> { // bring the table into view, as the user would by scrolling
            javafx.geometry.Bounds b = scroll.getContent().sceneToLocal(table.localToScene(table.getBoundsInLocal()));
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, b.getMinY() / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(() -> robot.lookup("#nav-notes").queryAs(ToggleButton.class).isSelected());
        waitFor(() -> robot.lookup("#notes-title").tryQuery().isPresent()
                && "最受欢迎的笔记".equals(robot.lookup("#notes-title").queryAs(TextInputControl.class).getText()));
    }
}
