package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.calendar.CalendarSettings;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The calendar screen: toolbar, zone line, crowding warning, the month or week grid, and the settings pane. */
public final class CalendarView {

    static final String CSS = CalendarView.class.getResource("/css/calendar.css").toExternalForm();

    private final CalendarViewModel vm;
    private final CalendarSettingsViewModel settings;
    private final I18n i18n;
    private final StackPane grid = new StackPane();
    private final Pane overlay = new Pane();
    private final Label title = new Label();
    private final Label zones = new Label();
    private final Label warning = new Label();
    /** Held by the view (the root keeps the view), registered weakly: a view rebuilt for a language change leaks nothing. */
    private final InvalidationListener render = o -> render();
    /** The toggle buttons' listeners, held here for the same reason. */
    private final List<InvalidationListener> modeListeners = new java.util.ArrayList<>();
    private final ToggleButton settingsToggle = new ToggleButton();

    public CalendarView(CalendarViewModel vm, CalendarSettingsViewModel settings, I18n i18n) {
        this.vm = vm;
        this.settings = settings;
        this.i18n = i18n;
    }

    public Node build() {
        BorderPane page = new BorderPane();
        page.setTop(new VBox(toolbar(), infoLine()));
        page.setCenter(grid);
        Node pane = new CalendarSettingsPane(settings, i18n).build();
        pane.setVisible(false);
        pane.managedProperty().bind(pane.visibleProperty());
        page.setRight(pane);
        settingsToggle.selectedProperty().bindBidirectional(pane.visibleProperty());

        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        StackPane root = new StackPane(page, overlay);
        root.setId("calendar-view");
        root.getStyleClass().add("calendar-view");
        root.getStylesheets().add(CSS);
        root.getProperties().put(CalendarView.class, this);

        WeakInvalidationListener weak = new WeakInvalidationListener(render);
        vm.entries().addListener(weak);
        vm.modeProperty().addListener(weak);
        vm.anchorProperty().addListener(weak);
        vm.settingsProperty().addListener(weak);
        vm.suggestionProperty().addListener(weak);
        vm.crowdedProperty().addListener(weak);
        vm.accountProperty().addListener(weak);
        render();
        return root;
    }

    private Node toolbar() {
        Button today = new Button(i18n.get("calendar.today"), Icons.of(Material2OutlinedMZ.TODAY, 16));
        today.setId("calendar-today");
        today.setOnAction(e -> vm.today());
        Button previous = new Button(null, Icons.of(Material2OutlinedAL.CHEVRON_LEFT, 18));
        previous.setId("calendar-previous");
        previous.setTooltip(new Tooltip(i18n.get("calendar.previous")));
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(null, Icons.of(Material2OutlinedAL.CHEVRON_RIGHT, 18));
        next.setId("calendar-next");
        next.setTooltip(new Tooltip(i18n.get("calendar.next")));
        next.setOnAction(e -> vm.next());
        title.setId("calendar-title");
        title.getStyleClass().add("title-3");
        title.setMinWidth(Region.USE_PREF_SIZE);

        ToggleGroup modes = new ToggleGroup();
        HBox modeBox = new HBox();
        for (CalendarViewModel.Mode m : CalendarViewModel.Mode.values()) {
            ToggleButton b = new ToggleButton(i18n.get("calendar.mode." + m.name()));
            b.setId("calendar-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(modes);
            b.setSelected(vm.modeProperty().get() == m);
            b.setOnAction(e -> {
                vm.modeProperty().set(m);
                b.setSelected(true);
            });
            vm.modeProperty().addListener(new WeakInvalidationListener(modeListener(b, m)));
            modeBox.getChildren().add(b);
        }
        modeBox.getStyleClass().add("calendar-modes");

        Button nextSlot = new Button(i18n.get("calendar.nextSlot"), Icons.of(Material2OutlinedAL.EVENT_AVAILABLE, 16));
        nextSlot.setId("calendar-next-slot");
        nextSlot.setOnAction(e -> vm.findNextFreeSlot());
        settingsToggle.setText(i18n.get("calendar.settings"));
        settingsToggle.setGraphic(Icons.of(Material2OutlinedMZ.TUNE, 16));
        settingsToggle.setId("calendar-settings-toggle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, today, previous, next, title, spacer, accountPicker(), modeBox, nextSlot,
                settingsToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    /** Whose calendar it is; hidden while there is only one account. */
    private Node accountPicker() {
        javafx.scene.control.ComboBox<com.hongshu.studio.core.sync.SyncAccount> box =
                new javafx.scene.control.ComboBox<>(vm.accountChoices());
        box.setId("calendar-account");
        box.setConverter(com.hongshu.studio.app.accounts.AccountPicker.names());
        box.setTooltip(new Tooltip(i18n.get("accounts.calendar.hint")));
        box.setValue(vm.accountProperty().get());
        InvalidationListener follow = o -> javafx.application.Platform.runLater(
                () -> box.setValue(vm.accountProperty().get())); // after the box's own reaction to new items
        modeListeners.add(follow);
        vm.accountProperty().addListener(new WeakInvalidationListener(follow));
        vm.accountChoices().addListener(new WeakInvalidationListener(follow)); // replacing items clears the value
        box.setOnAction(e -> vm.showAccount(box.getValue()));
        box.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.accountChoices()).greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private InvalidationListener modeListener(ToggleButton b, CalendarViewModel.Mode m) {
        InvalidationListener l = o -> b.setSelected(vm.modeProperty().get() == m);
        modeListeners.add(l);
        return l;
    }

    private Node infoLine() {
        zones.setId("calendar-zones");
        zones.getStyleClass().add("calendar-muted");
        zones.setWrapText(true);
        warning.setId("calendar-crowded");
        warning.getStyleClass().add("calendar-warning");
        warning.setGraphic(Icons.of(Material2OutlinedMZ.WARNING, 16));
        warning.setWrapText(true);
        warning.managedProperty().bind(warning.visibleProperty());
        VBox box = new VBox(4, zones, warning);
        box.getStyleClass().add("calendar-info");
        return box;
    }

    private void render() {
        CalendarSettings s = vm.settingsProperty().get();
        LocalDate anchor = vm.anchorProperty().get();
        List<LocalDate> days = vm.visibleDays();
        if (vm.modeProperty().get() == CalendarViewModel.Mode.MONTH) {
            title.setText(DateTimeFormatter.ofPattern(i18n.get("calendar.format.month"), i18n.locale()).format(anchor));
        } else {
            DateTimeFormatter day = DateTimeFormatter.ofPattern(i18n.get("calendar.format.day"), i18n.locale());
            title.setText(i18n.format("calendar.format.range", day.format(days.get(0)), day.format(days.get(6))));
        }
        boolean sameOffset = ZonedDateTime.now(s.accountZone()).getOffset()
                .equals(ZonedDateTime.now(vm.localZone()).getOffset());
        String line = sameOffset ? i18n.format("calendar.zone.account", s.accountZone().getId())
                : i18n.format("calendar.zone.both", s.accountZone().getId(), vm.localZone().getId());
        zones.setText(vm.accountProperty().get() == null || vm.accountChoices().size() < 2 ? line
                : i18n.format("accounts.calendar.zoneOf", vm.accountProperty().get().displayName(), line));
        warning.setVisible(vm.crowdedProperty().get() > 0);
        warning.setText(i18n.format("calendar.crowded", vm.crowdedProperty().get(), s.pace().minGap().toMinutes(),
                s.pace().maxPerDay()));
        Chips chips = new Chips(vm, i18n, overlay);
        overlay.getChildren().clear();
        grid.getChildren().setAll(vm.modeProperty().get() == CalendarViewModel.Mode.MONTH
                ? new MonthGrid(vm, i18n, chips).build() : new WeekGrid(vm, i18n, chips).build());
    }
}
