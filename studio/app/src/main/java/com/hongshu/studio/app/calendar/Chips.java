package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.calendar.PaceCheck.Crowding;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Builds the note chips of both views and moves them with the mouse: a ghost follows the pointer on the overlay
 * and the grid that owns the chip decides, on release, which day or time is under the pointer.
 */
final class Chips {

    /** Where a chip was let go, in scene coordinates; {@code grabY} is where inside the chip it was held. */
    interface DropTarget {
        void drop(CalendarEntry entry, double sceneX, double sceneY, double grabY);

        default void hover(double sceneX, double sceneY) {
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final double DRAG_THRESHOLD = 5;

    private final CalendarViewModel vm;
    private final I18n i18n;
    private final Pane overlay;

    Chips(CalendarViewModel vm, I18n i18n, Pane overlay) {
        this.vm = vm;
        this.i18n = i18n;
        this.overlay = overlay;
    }

    /** A one-line chip for the month view. */
    Node small(CalendarEntry e, DropTarget target) {
        Label time = new Label(TIME.format(e.time().account()));
        time.getStyleClass().add("calendar-chip-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(vm.title(e.title()));
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox chip = new HBox(4, time);
        if (e.time().differs()) {
            Label local = new Label("(" + TIME.format(e.time().local()) + ")");
            local.getStyleClass().add("calendar-chip-local");
            local.setMinWidth(0); // in a narrow day it gives way (ellipsis); the tooltip has both times in full
            chip.getChildren().add(local);
        }
        chip.getChildren().add(title);
        return decorate(chip, chip, e, target);
    }

    /** A two-line chip for the week view: times in both zones, then the title. */
    Node tall(CalendarEntry e, DropTarget target) {
        Label time = new Label(TIME.format(e.time().account()));
        time.getStyleClass().add("calendar-chip-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(4, time);
        if (e.time().differs()) {
            Label local = new Label(i18n.format("calendar.local", TIME.format(e.time().local())));
            local.getStyleClass().add("calendar-chip-local");
            local.setMinWidth(0);
            top.getChildren().add(local);
        }
        Label title = new Label(vm.title(e.title()));
        title.setMinWidth(0);
        VBox chip = new VBox(0, top, title);
        return decorate(chip, top, e, target);
    }

    private Node decorate(Pane chip, HBox firstLine, CalendarEntry e, DropTarget target) {
        chip.setId("calendar-chip-" + e.id());
        chip.getStyleClass().addAll("calendar-chip", "calendar-chip-" + e.status().name().toLowerCase(Locale.ROOT));
        chip.setMinWidth(0);
        chip.setMaxWidth(Double.MAX_VALUE);
        List<String> tip = new ArrayList<>();
        tip.add(vm.title(e.title()));
        tip.add(i18n.get("notes.status." + e.status().name()) + " · " + vm.describe(e.at()));
        if (e.crowded()) {
            chip.getStyleClass().add("calendar-chip-crowded");
            firstLine.getChildren().add(0, Icons.of(Material2OutlinedMZ.WARNING, 14));
            for (Crowding c : e.crowding()) {
                tip.add(i18n.format("calendar.crowding." + c.name(), c == Crowding.TOO_CLOSE
                        ? vm.settingsProperty().get().pace().minGap().toMinutes()
                        : vm.settingsProperty().get().pace().maxPerDay()));
            }
        }
        Tooltip.install(chip, new Tooltip(String.join("\n", tip)));
        MenuItem open = new MenuItem(i18n.get("calendar.chip.open"));
        open.setOnAction(ev -> vm.open(e.id()));
        MenuItem nextSlot = new MenuItem(i18n.get("calendar.chip.nextSlot"));
        nextSlot.setDisable(!e.movable());
        nextSlot.setOnAction(ev -> vm.moveToNextFreeSlot(e.id()));
        ContextMenu menu = new ContextMenu(open, nextSlot);
        chip.setOnContextMenuRequested(ev -> menu.show(chip, ev.getScreenX(), ev.getScreenY()));
        draggable(chip, e, target);
        return chip;
    }

    private void draggable(Node chip, CalendarEntry e, DropTarget target) {
        double[] press = new double[3];
        ImageView[] ghost = new ImageView[1];
        chip.setOnMousePressed(ev -> {
            press[0] = ev.getSceneX();
            press[1] = ev.getSceneY();
            press[2] = ev.getY();
            ghost[0] = null;
            ev.consume();
        });
        chip.setOnMouseDragged(ev -> {
            double dx = ev.getSceneX() - press[0];
            double dy = ev.getSceneY() - press[1];
            if (ghost[0] == null) {
                if (Math.hypot(dx, dy) < DRAG_THRESHOLD) {
                    return;
                }
                ghost[0] = new ImageView(chip.snapshot(null, null));
                ghost[0].setOpacity(0.85);
                ghost[0].setMouseTransparent(true);
                overlay.getChildren().add(ghost[0]);
                chip.setOpacity(0.4);
            }
            Point2D origin = overlay.sceneToLocal(chip.localToScene(0, 0));
            ghost[0].relocate(origin.getX() + dx, origin.getY() + dy);
            target.hover(ev.getSceneX(), ev.getSceneY());
            ev.consume();
        });
        chip.setOnMouseReleased(ev -> {
            if (ghost[0] != null) {
                overlay.getChildren().remove(ghost[0]);
                chip.setOpacity(1);
                target.hover(Double.NaN, Double.NaN);
                target.drop(e, ev.getSceneX(), ev.getSceneY(), press[2]);
            }
            ev.consume();
        });
        chip.setOnMouseClicked(ev -> {
            if (ev.getClickCount() == 2 && ghost[0] == null) {
                vm.open(e.id());
            }
            ev.consume();
        });
    }

    static boolean contains(Node node, double sceneX, double sceneY) {
        return node.localToScene(node.getBoundsInLocal()).contains(sceneX, sceneY);
    }
}
