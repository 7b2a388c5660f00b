package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** Six weeks around the month: a cell per day with its notes as chips; drop a chip on a day to move it there. */
final class MonthGrid implements Chips.DropTarget {

    static final int CHIPS_PER_DAY = 3;
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");

    private final CalendarViewModel vm;
    private final I18n i18n;
    private final Chips chips;
    private final Map<LocalDate, VBox> cells = new LinkedHashMap<>();

    MonthGrid(CalendarViewModel vm, I18n i18n, Chips chips) {
        this.vm = vm;
        this.i18n = i18n;
        this.chips = chips;
    }

    Node build() {
        GridPane grid = new GridPane();
        grid.setId("calendar-month");
        grid.getStyleClass().add("calendar-month");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, i18n.locale()));
            name.getStyleClass().add("calendar-weekday");
            name.setMaxWidth(Double.MAX_VALUE);
            name.setAlignment(Pos.CENTER);
            grid.add(name, c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < 6; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(100.0 / 6);
            rc.setMinHeight(0);
            grid.getRowConstraints().add(rc);
        }
        List<LocalDate> days = vm.visibleDays();
        LocalDate month = vm.anchorProperty().get();
        LocalDate today = vm.todayInAccountZone();
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (CalendarEntry e : vm.entries()) {
            byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        }
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            grid.add(cell(day, day.getMonth() == month.getMonth(), day.equals(today),
                    byDay.getOrDefault(day, List.of())), i % 7, 1 + i / 7);
        }
        return grid;
    }

    private VBox cell(LocalDate day, boolean inMonth, boolean today, List<CalendarEntry> entries) {
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("calendar-day-number");
        VBox cell = new VBox(2, number);
        cell.setId("calendar-day-" + day);
        cell.getStyleClass().add("calendar-day");
        if (!inMonth) {
            cell.getStyleClass().add("calendar-day-outside");
        }
        if (today) {
            cell.getStyleClass().add("calendar-today");
        }
        cell.setMinSize(0, 0);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(cell.widthProperty());
        clip.heightProperty().bind(cell.heightProperty());
        cell.setClip(clip);
        if (entries.stream().anyMatch(CalendarEntry::crowded)) {
            number.setGraphic(com.hongshu.studio.app.common.Icons.of(
                    org.kordamp.ikonli.material2.Material2OutlinedMZ.WARNING, 14));
            number.getStyleClass().add("calendar-day-crowded");
        }
        int shown = entries.size() > CHIPS_PER_DAY ? CHIPS_PER_DAY - 1 : entries.size();
        for (int i = 0; i < shown; i++) {
            cell.getChildren().add(chips.small(entries.get(i), this));
        }
        if (entries.size() > shown) {
            Hyperlink more = new Hyperlink(i18n.format("calendar.more", entries.size() - shown));
            more.setId("calendar-more-" + day);
            more.getStyleClass().add("calendar-more");
            more.setOnAction(e -> vm.showWeek(day));
            cell.getChildren().add(more);
        }
        cell.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getTarget() == cell) {
                vm.showWeek(day);
            }
        });
        cells.put(day, cell);
        return cell;
    }

    @Override
    public void drop(CalendarEntry entry, double sceneX, double sceneY, double grabY) {
        cells.forEach((day, cell) -> {
            if (Chips.contains(cell, sceneX, sceneY)) {
                vm.moveToDay(entry.id(), day);
            }
        });
    }

    @Override
    public void hover(double sceneX, double sceneY) {
        cells.values().forEach(cell -> cell.pseudoClassStateChanged(TARGET, Chips.contains(cell, sceneX, sceneY)));
    }
}
