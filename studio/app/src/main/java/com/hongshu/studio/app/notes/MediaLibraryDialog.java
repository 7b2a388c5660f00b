package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.notes.MediaUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The media library: every file imported once, where it is used, and reuse in the open note. */
final class MediaLibraryDialog {

    private final NotesViewModel vm;
    private final Renditions renditions;
    private final I18n i18n;

    MediaLibraryDialog(NotesViewModel vm, Renditions renditions, I18n i18n) {
        this.vm = vm;
        this.renditions = renditions;
        this.i18n = i18n;
    }

    void show(Node owner) {
        vm.loadLibrary();
        ListView<MediaUsage> list = new ListView<>(vm.library());
        list.setId("notes-library-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new UsageCell());
        list.setPrefSize(520, 480);
        Button add = new Button(i18n.get("notes.library.addToNote"));
        add.getStyleClass().add("accent");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.composer().openProperty().not()));
        add.setOnAction(e -> vm.composer().images().addExisting(
                List.copyOf(list.getSelectionModel().getSelectedItems()).stream().map(MediaUsage::item).toList()));
        VBox content = new VBox(8, list, add);
        VBox.setVgrow(list, Priority.ALWAYS);

        Dialog<Void> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner.getScene().getWindow());
        dialog.setTitle(i18n.get("notes.library.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.get("notes.library.close"),
                ButtonType.CLOSE.getButtonData()));
        dialog.getDialogPane().getStylesheets().add(NotesView.CSS);
        dialog.show();
    }

    private final class UsageCell extends ListCell<MediaUsage> {
        private final ImageView thumb = new ImageView();
        private final Label name = new Label();
        private final Label used = new Label();

        UsageCell() {
            thumb.setFitWidth(48);
            thumb.setFitHeight(64);
            thumb.setPreserveRatio(true);
            used.getStyleClass().add("notes-muted");
        }

        @Override
        protected void updateItem(MediaUsage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Path t = renditions.thumb(item.item());
            thumb.setImage(Files.exists(t) ? new Image(t.toUri().toString(), 96, 128, true, true, true) : null);
            name.setText(item.item().originalName());
            used.setText(item.noteIds().isEmpty() ? i18n.get("notes.library.unused")
                    : i18n.format("notes.library.usedIn", item.noteIds().size()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, thumb, new VBox(2, name, used), spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
