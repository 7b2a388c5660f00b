package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The slots per weekday and the minimum gap, edited beside the calendar (the zone is the account's). */
final class CalendarSettingsPane {

    private final CalendarSettingsViewModel vm;
    private final I18n i18n;

    CalendarSettingsPane(CalendarSettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    Node build() {
        Label title = new Label(i18n.get("calendar.settings.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(i18n.get("calendar.settings.slotsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("calendar-muted");
        GridPane days = new GridPane();
        days.setHgap(8);
        days.setVgap(6);
        for (DayOfWeek d : DayOfWeek.values()) {
            Label name = new Label(d.getDisplayName(TextStyle.FULL, i18n.locale()));
            name.setMinWidth(Label.USE_PREF_SIZE);
            TextField times = new TextField();
            times.setId("calendar-slots-" + d.name().toLowerCase(java.util.Locale.ROOT));
            times.setPrefColumnCount(12);
            times.textProperty().bindBidirectional(vm.slotsProperty(d));
            days.addRow(d.getValue() - 1, name, times);
        }
        Label gapLabel = new Label(i18n.get("calendar.settings.gap"));
        gapLabel.setWrapText(true);
        TextField gap = new TextField();
        gap.setId("calendar-gap");
        gap.setPrefColumnCount(5);
        gap.textProperty().bindBidirectional(vm.gapMinutesProperty());
        Label zoneHint = new Label(i18n.get("accounts.calendar.zoneHint"));
        zoneHint.setWrapText(true);
        zoneHint.getStyleClass().add("calendar-muted");
        Button save = new Button(i18n.get("calendar.settings.save"));
        save.setId("calendar-settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button reset = new Button(i18n.get("calendar.settings.reset"));
        reset.setId("calendar-settings-reset");
        reset.setOnAction(e -> vm.reset());
        HBox buttons = new HBox(8, reset, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, title, hint, days, gapLabel, gap, zoneHint, buttons);
        box.getStyleClass().add("calendar-settings");
        box.setPrefWidth(320);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("calendar-settings");
        scroll.setMinWidth(300);
        scroll.setPrefWidth(330);
        return scroll;
    }
}
