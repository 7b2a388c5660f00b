package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.calendar.CalendarSettings;
import com.hongshu.studio.core.calendar.SlotFinder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Seven days by 24 hours: chips at their time in the account's zone, the posting slots as lines, the suggested free
 * slot highlighted. Dropping a chip moves the note to that day and time (to the quarter hour).
 */
final class WeekGrid implements Chips.DropTarget {

    static final double HOUR_PX = 52;
    static final double CHIP_PX = 40;
    static final int SNAP_MINUTES = 15;
    private static final double SCROLL_BAR_PX = 12;
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CalendarViewModel vm;
    private final I18n i18n;
    private final Chips chips;
    private final Map<LocalDate, Pane> columns = new LinkedHashMap<>();
    private ScrollPane scroll;

    WeekGrid(CalendarViewModel vm, I18n i18n, Chips chips) {
        this.vm = vm;
        this.i18n = i18n;
        this.chips = chips;
    }

    Node build() {
        List<LocalDate> days = vm.visibleDays();
        LocalDate today = vm.todayInAccountZone();
        GridPane head = grid();
        GridPane body = grid();
        head.setPadding(new javafx.geometry.Insets(0, SCROLL_BAR_PX, 0, 0)); // keeps headers over their columns
        head.add(new Region(), 0, 0);
        body.add(ruler(), 0, 0);
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        vm.entries().forEach(e -> byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(i18n.get("calendar.format.weekDay"), i18n.locale());
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            Label name = new Label(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, i18n.locale()) + " "
                    + dayFormat.format(day));
            name.getStyleClass().add("calendar-weekday");
            if (day.equals(today)) {
                name.getStyleClass().add("calendar-today");
            }
            name.setMaxWidth(Double.MAX_VALUE);
            name.setAlignment(Pos.CENTER);
            head.add(name, i + 1, 0);
            body.add(column(day, byDay.getOrDefault(day, List.of())), i + 1, 0);
        }
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("calendar-week-scroll");
        scroll.setVvalue(Math.min(1, firstHourShown() / 12.0)); // about 12 of the 24 hours are in view
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(head, scroll);
        box.setId("calendar-week");
        return box;
    }

    /** The hour at the top: the suggested slot, else the morning or just before the week's earliest note. */
    private int firstHourShown() {
        SlotFinder.Slot suggested = vm.suggestionProperty().get();
        if (suggested != null) {
            var at = suggested.at().atZone(vm.settingsProperty().get().accountZone());
            if (vm.visibleDays().contains(at.toLocalDate())) {
                return Math.max(0, at.getHour() - 2);
            }
        }
        int earliest = vm.entries().stream().mapToInt(e -> e.time().account().getHour()).min().orElse(8);
        return Math.max(0, Math.min(8, earliest) - 1);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        ColumnConstraints ruler = new ColumnConstraints(52);
        g.getColumnConstraints().add(ruler);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setPercentWidth(-1);
            cc.setMinWidth(0);
            cc.setPrefWidth(100);
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    private Node ruler() {
        Pane ruler = new Pane();
        ruler.setPrefHeight(24 * HOUR_PX);
        for (int h = 0; h < 24; h++) {
            Label l = new Label(String.format("%02d:00", h));
            l.getStyleClass().add("calendar-hour");
            l.relocate(6, h * HOUR_PX + 2);
            ruler.getChildren().add(l);
        }
        return ruler;
    }

    private Pane column(LocalDate day, List<CalendarEntry> entries) {
        Pane col = new Pane();
        col.setId("calendar-column-" + day);
        col.getStyleClass().add("calendar-column");
        col.setPrefHeight(24 * HOUR_PX);
        col.setMinWidth(0);
        for (int h = 1; h < 24; h++) {
            Region line = new Region();
            line.getStyleClass().add("calendar-hour-line");
            line.setLayoutY(h * HOUR_PX);
            line.prefWidthProperty().bind(col.widthProperty());
            line.setPrefHeight(1);
            line.setMouseTransparent(true);
            col.getChildren().add(line);
        }
        CalendarSettings s = vm.settingsProperty().get();
        for (LocalTime t : s.slots().on(day.getDayOfWeek())) {
            col.getChildren().add(marker(col, t, i18n.get("calendar.slot") + " " + TIME.format(t),
                    "calendar-slot", "calendar-slot-" + day + "-" + TIME.format(t).replace(":", "")));
        }
        SlotFinder.Slot suggested = vm.suggestionProperty().get();
        if (suggested != null) {
            var at = suggested.at().atZone(s.accountZone());
            if (at.toLocalDate().equals(day)) {
                col.getChildren().add(marker(col, at.toLocalTime(), i18n.get("calendar.suggested") + " "
                        + TIME.format(at), "calendar-suggested", "calendar-suggested"));
            }
        }
        placeChips(col, entries);
        columns.put(day, col);
        return col;
    }

    private Node marker(Pane col, LocalTime t, String text, String style, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(style);
        l.setMouseTransparent(true);
        l.setLayoutY(y(t));
        l.prefWidthProperty().bind(col.widthProperty());
        l.setMinWidth(0);
        return l;
    }

    /** Chips whose times overlap share the width side by side (greedy lanes per group of overlapping chips). */
    private void placeChips(Pane col, List<CalendarEntry> entries) {
        int i = 0;
        while (i < entries.size()) {
            List<Double> laneEnds = new ArrayList<>();
            List<Integer> lanes = new ArrayList<>();
            double groupEnd = -1;
            int first = i;
            for (; i < entries.size(); i++) {
                double top = y(entries.get(i).time().account().toLocalTime());
                if (i > first && top >= groupEnd) {
                    break;
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > top) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(0.0);
                }
                laneEnds.set(lane, top + CHIP_PX);
                lanes.add(lane);
                groupEnd = Math.max(groupEnd, top + CHIP_PX);
            }
            for (int k = first; k < i; k++) {
                place(col, entries.get(k), lanes.get(k - first), laneEnds.size());
            }
        }
    }

    private void place(Pane col, CalendarEntry e, int lane, int lanes) {
        Region chip = (Region) chips.tall(e, this);
        chip.setLayoutY(y(e.time().account().toLocalTime()));
        chip.setPrefHeight(CHIP_PX);
        chip.setMaxHeight(CHIP_PX);
        chip.prefWidthProperty().bind(col.widthProperty().subtract(4).divide(lanes));
        chip.layoutXProperty().bind(col.widthProperty().subtract(4).divide(lanes).multiply(lane).add(2));
        col.getChildren().add(chip);
    }

    private static double y(LocalTime t) {
        return (t.toSecondOfDay() / 3600.0) * HOUR_PX;
    }

    @Override
    public void drop(CalendarEntry entry, double sceneX, double sceneY, double grabY) {
        columns.forEach((day, col) -> {
            if (Chips.contains(col, sceneX, sceneY)) {
                Point2D p = col.sceneToLocal(sceneX, sceneY);
                vm.moveTo(entry.id(), day, timeAt(p.getY() - grabY));
            }
        });
    }

    /** The time at {@code y} pixels down a column, to the quarter hour, within the day. */
    static LocalTime timeAt(double y) {
        long minutes = Math.round(y / HOUR_PX * 60 / SNAP_MINUTES) * SNAP_MINUTES;
        minutes = Math.max(0, Math.min(minutes, 24 * 60 - SNAP_MINUTES));
        return LocalTime.MIDNIGHT.plus(Duration.ofMinutes(minutes));
    }

    @Override
    public void hover(double sceneX, double sceneY) {
        columns.values().forEach(c -> c.pseudoClassStateChanged(TARGET, Chips.contains(c, sceneX, sceneY)));
    }
}
