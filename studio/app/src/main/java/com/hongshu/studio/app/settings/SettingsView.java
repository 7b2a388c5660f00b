package com.hongshu.studio.app.settings;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.store.Backups;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

public final class SettingsView {

    private final SettingsViewModel vm;
    private final I18n i18n;
    private final DateTimeFormatter when;

    public SettingsView(SettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
    }

    public Node build() {
        Label title = new Label(i18n.get("settings.title"));
        title.getStyleClass().add("title-2");
        VBox box = new VBox(20, title, general(), new Separator(), backupsSection(), new Separator(), diagnostics());
        box.setPadding(new Insets(24));
        box.setMaxWidth(900);
        box.getStyleClass().add("settings");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node general() {
        ComboBox<String> language = choice("settings.language.", SettingsViewModel.LANGUAGES, vm.language());
        language.setId("settings-language");
        language.setOnAction(e -> vm.chooseLanguage(language.getValue()));

        ComboBox<String> theme = choice("settings.theme.", SettingsViewModel.THEMES, vm.theme());
        theme.setId("settings-theme");
        theme.setOnAction(e -> vm.chooseTheme(theme.getValue()));

        Label folder = new Label(vm.workspaceDir().toAbsolutePath().toString());
        folder.setId("settings-workspace");
        folder.setWrapText(true);
        Button open = new Button(i18n.get("settings.workspace.open"));
        open.setOnAction(e -> vm.openFolder(vm.workspaceDir()));

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.addRow(0, new Label(i18n.get("settings.language")), language);
        form.addRow(1, new Label(i18n.get("settings.theme")), theme);
        form.addRow(2, new Label(i18n.get("settings.workspace")), new VBox(6, folder, open));
        return form;
    }

    private Node backupsSection() {
        Label heading = new Label(i18n.get("settings.backup.title"));
        heading.getStyleClass().add("title-4");
        Label hint = new Label(i18n.get("settings.backup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        ListView<Backups.Backup> list = new ListView<>(vm.backups());
        list.setId("settings-backups");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(i18n.get("settings.backup.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null
                        : i18n.format("settings.backup.entry", when.format(b.takenAt()), b.sizeBytes() / 1024));
            }
        });

        Button now = new Button(i18n.get("settings.backup.now"));
        now.setId("settings-backup-now");
        now.setOnAction(e -> vm.backupNow());
        Button restore = new Button(i18n.get("settings.backup.restore"));
        restore.setId("settings-backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> confirmRestore(list.getSelectionModel().getSelectedItem().file(),
                list.getScene().getWindow()));
        Button fromFile = new Button(i18n.get("settings.backup.restoreFile"));
        fromFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("settings.backup.restoreFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("settings.backup.fileType"), "*.db"));
            File f = chooser.showOpenDialog(list.getScene().getWindow());
            if (f != null) {
                confirmRestore(f.toPath(), list.getScene().getWindow());
            }
        });
        Button openFolder = new Button(i18n.get("settings.backup.openFolder"));
        openFolder.setOnAction(e -> vm.openFolder(vm.workspaceDir().resolve("backups")));
        return new VBox(10, heading, hint, list, new HBox(8, now, restore, fromFile, openFolder));
    }

    private void confirmRestore(java.nio.file.Path file, javafx.stage.Window owner) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("settings.backup.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        Dialogs.ownedBy(confirm, owner);
        confirm.setHeaderText(i18n.get("settings.backup.restore"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.restore(file));
    }

    private Node diagnostics() {
        Label heading = new Label(i18n.get("settings.diagnostics.title"));
        heading.getStyleClass().add("title-4");
        Label hint = new Label(i18n.get("settings.diagnostics.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button logs = new Button(i18n.get("settings.diagnostics.openLogs"));
        logs.setOnAction(e -> vm.openFolder(vm.logsDir()));
        Button bundle = new Button(i18n.get("settings.diagnostics.save"));
        bundle.setId("settings-diagnostics");
        bundle.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("hongshu-studio-diagnostics.zip");
            File f = chooser.showSaveDialog(bundle.getScene().getWindow());
            if (f != null) {
                vm.saveDiagnostics(f.toPath());
            }
        });
        Label version = new Label(i18n.format("settings.version", SettingsViewModel.VERSION));
        version.getStyleClass().add("text-muted");
        return new VBox(10, heading, hint, new HBox(8, logs, bundle), version);
    }

    private ComboBox<String> choice(String keyPrefix, List<String> values, String selected) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : i18n.get(keyPrefix + v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : i18n.get(keyPrefix + v));
            }
        });
        box.setValue(selected);
        box.setPrefWidth(220);
        return box;
    }
}
