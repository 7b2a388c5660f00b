package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.notes.media.Renditions;
import java.io.File;
import java.time.ZoneId;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;

/** The notes screen: the list on the left, the composer in the middle, the phone preview on the right. */
public final class NotesView {

    static final String CSS = NotesView.class.getResource("/css/notes.css").toExternalForm();

    private final NotesViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;
    private final Renditions renditions;

    public NotesView(NotesViewModel vm, I18n i18n, ZoneId zone, Renditions renditions) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
        this.renditions = renditions;
    }

    public Node build() {
        ComposerViewModel composer = vm.composer();
        Node editor = new ComposerView(composer, i18n, new ComposerView.NoteActions() {
            @Override
            public void paste() {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                if (clipboard.hasFiles()) {
                    composer.images().addFiles(clipboard.getFiles().stream().map(File::toPath).toList());
                } else if (clipboard.hasImage() && !clipboard.hasString()) {
                    composer.images().addPasted(SwingFXUtils.fromFXImage(clipboard.getImage(), null));
                }
            }

            @Override
            public void export(Node owner) {
                File dir = new DirectoryChooser().showDialog(owner.getScene().getWindow());
                if (dir != null) {
                    composer.exportTo(dir.toPath());
                }
            }

            @Override
            public void editBlocklist(Node owner) {
                javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(vm.blocklistText().get());
                text.setPromptText(i18n.get("notes.composer.blocklistPrompt"));
                text.setPrefRowCount(12);
                javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
                        new javafx.scene.control.Dialog<>();
                Dialogs.ownedBy(dialog, owner.getScene().getWindow());
                dialog.setTitle(i18n.get("notes.composer.blocklist"));
                dialog.setHeaderText(i18n.get("notes.composer.blocklistPrompt"));
                dialog.getDialogPane().setContent(text);
                dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                        javafx.scene.control.ButtonType.CANCEL);
                dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                        .ifPresent(b -> vm.saveBlocklist(text.getText()));
            }

            @Override
            public void openLibrary(Node owner) {
                new MediaLibraryDialog(vm, renditions, i18n).show(owner);
            }
        }).build();
        editor.visibleProperty().bind(composer.openProperty());
        Label none = new Label(i18n.get("notes.composer.none"));
        none.getStyleClass().add("notes-muted");
        none.visibleProperty().bind(composer.openProperty().not());
        StackPane middle = new StackPane(none, editor);

        Node list = new NotesListPane(vm, i18n, zone).build();
        Node preview = new PhonePreview(composer, i18n).build();
        SplitPane split = new SplitPane(list, middle, preview);
        split.setDividerPositions(0.25, 0.75);
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(preview, false);
        split.setId("notes-view");
        split.getStylesheets().add(CSS);
        return split;
    }
}
