package com.hongshu.studio.app.accounts;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.sync.SyncAccount;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** The combo box over an {@link AccountPickerModel}: accounts by display name, disabled (with why) when locked. */
public final class AccountPicker {

    private AccountPicker() {
    }

    /** The combo box (id {@code id}) in a holder that carries the tooltip, since a disabled control shows none. */
    public static StackPane build(AccountPickerModel vm, I18n i18n, String id) {
        ComboBox<SyncAccount> box = new ComboBox<>(vm.choices());
        box.setId(id);
        box.setConverter(names());
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SyncAccount a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? i18n.get("accounts.none") : a.displayName());
            }
        });
        box.setValue(vm.selectedProperty().get());
        vm.selectedProperty().addListener((o, a, b) -> box.setValue(b));
        // Replacing the items clears the box's value (its skin reacts after this listener), and an equal account set
        // again fires no change: put the value back once the items settled.
        vm.choices().addListener((javafx.collections.ListChangeListener<SyncAccount>) c ->
                javafx.application.Platform.runLater(() -> box.setValue(vm.selectedProperty().get())));
        box.setOnAction(e -> {
            if (box.getValue() != vm.selectedProperty().get()) {
                vm.pick(box.getValue());
            }
        });
        box.disableProperty().bind(vm.lockedProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.lockedProperty().get() ? vm.lockReason()
                : i18n.get("accounts.pick.hint"), vm.lockedProperty(), vm.choices(), vm.selectedProperty()));
        StackPane holder = new StackPane(box);
        holder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        holder.setId(id + "-holder");
        Tooltip.install(holder, tip);
        box.setMaxWidth(Double.MAX_VALUE);
        return holder;
    }

    public static StringConverter<SyncAccount> names() {
        return new StringConverter<>() {
            @Override
            public String toString(SyncAccount a) {
                return a == null ? "" : a.displayName();
            }

            @Override
            public SyncAccount fromString(String s) {
                return null;
            }
        };
    }
}
