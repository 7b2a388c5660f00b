package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.core.notes.ProductLinks.LinkedProduct;
import com.hongshu.studio.app.common.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The composer's product picker ("添加商品"): search the workspace's products and tick the ones the note shows. */
final class ProductPickerDialog {

    private final ComposerViewModel vm;
    private final I18n i18n;

    ProductPickerDialog(ComposerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    void show(Node owner) {
        Map<Long, String> chosen = new LinkedHashMap<>();
        vm.linkedProductIds().forEach(id -> chosen.put(id, "#" + id));
        vm.linkedProducts().forEach(p -> chosen.put(p.id(), p.name()));
        TextField search = new TextField();
        search.setId("notes-products-search");
        search.setPromptText(i18n.get("notes.products.search"));
        ListView<LinkedProduct> list = new ListView<>();
        list.setId("notes-products-list");
        list.setPrefSize(420, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LinkedProduct item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox box = new CheckBox(item.name());
                box.setId("notes-products-item-" + item.id());
                box.setSelected(chosen.containsKey(item.id()));
                box.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        chosen.put(item.id(), item.name());
                    } else {
                        chosen.remove(item.id());
                    }
                });
                setGraphic(box);
            }
        });
        Label empty = new Label(i18n.get("notes.products.none"));
        list.setPlaceholder(empty);
        Runnable find = () -> vm.searchProducts(search.getText(), list.getItems()::setAll);
        search.textProperty().addListener((o, a, b) -> find.run());
        find.run();
        VBox content = new VBox(8, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner.getScene().getWindow());
        dialog.setTitle(i18n.get("notes.products.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(NotesView.CSS);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> vm.setLinkedProducts(new ArrayList<>(List.copyOf(chosen.keySet()))));
    }
}
