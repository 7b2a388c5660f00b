package com.hongshu.studio.app.settings;

import com.hongshu.studio.app.common.I18n;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

public final class SettingsView {

    private final SettingsViewModel vm;
    private final I18n i18n;
    private final Consumer<java.nio.file.Path> openFolder;

    public SettingsView(SettingsViewModel vm, I18n i18n, Consumer<java.nio.file.Path> openFolder) {
        this.vm = vm;
        this.i18n = i18n;
        this.openFolder = openFolder;
    }

    public Node build() {
        Label title = new Label(i18n.get("settings.title"));
        title.getStyleClass().add("title-2");

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
        open.setOnAction(e -> openFolder.accept(vm.workspaceDir()));

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.addRow(0, new Label(i18n.get("settings.language")), language);
        form.addRow(1, new Label(i18n.get("settings.theme")), theme);
        form.addRow(2, new Label(i18n.get("settings.workspace")), new VBox(6, folder, open));

        VBox box = new VBox(20, title, form);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("settings");
        return box;
    }

    private ComboBox<String> choice(String keyPrefix, java.util.List<String> values, String selected) {
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
