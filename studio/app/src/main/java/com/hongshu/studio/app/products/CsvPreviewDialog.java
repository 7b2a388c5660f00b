package com.hongshu.studio.app.products;

import com.hongshu.studio.app.accounts.AccountPicker;
import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.products.ImportSummary;
import com.hongshu.studio.core.sync.SyncAccount;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What a CSV file would do, and its row errors, before anything is written; Import is offered only for a clean file. */
final class CsvPreviewDialog {

    private final ProductCsvViewModel vm;
    private final I18n i18n;

    CsvPreviewDialog(ProductCsvViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    void show(Node owner) {
        Label summary = new Label();
        summary.setId("products-csv-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            ProductCsvViewModel.Preview p = vm.previewProperty().get();
            if (p == null) {
                return i18n.get("products.csv.reading");
            }
            ImportSummary s = p.summary();
            String head = i18n.format("products.csv.file", p.file().getFileName(),
                    p.parsed().charset().isEmpty() ? "?" : p.parsed().charset(), p.parsed().rowCount());
            if (s == null) {
                return head + "\n" + i18n.format("products.csv.blocked", p.parsed().errors().size());
            }
            return head + "\n" + i18n.format("products.csv.summary", s.newProducts(), s.newSkus(), s.changedSkus(),
                    s.unchangedSkus(), s.stockMovements());
        }, vm.previewProperty()));
        ListView<String> errors = new ListView<>(vm.errors());
        errors.setId("products-csv-errors");
        errors.setPlaceholder(new Label(i18n.get("products.csv.noErrors")));
        errors.setPrefSize(640, 300);
        ComboBox<SyncAccount> account = new ComboBox<>(vm.accounts());
        account.setId("products-csv-account");
        account.valueProperty().bindBidirectional(vm.accountProperty());
        account.setConverter(AccountPicker.names());
        HBox accountRow = new HBox(8, new Label(i18n.get("products.csv.account")), account);
        accountRow.setAlignment(Pos.CENTER_LEFT);
        // only a choice when there is one to make: a single account takes every product
        accountRow.visibleProperty().bind(Bindings.size(vm.accounts()).greaterThan(1));
        accountRow.managedProperty().bind(accountRow.visibleProperty());
        VBox content = new VBox(10, summary, accountRow, new Label(i18n.get("products.csv.errors")), errors);
        VBox.setVgrow(errors, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner.getScene().getWindow());
        dialog.setTitle(i18n.get("products.csv.previewTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setMinWidth(680);
        ButtonType doImport = new ButtonType(i18n.get("products.csv.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("products.csv.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(doImport, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ProductsView.CSS);
        // a dialog is a scene of its own: give it the CJK font the main window uses
        Button importButton = (Button) dialog.getDialogPane().lookupButton(doImport);
        importButton.setId("products-csv-import");
        importButton.disableProperty().bind(vm.canImportProperty().not());
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == doImport) {
                vm.commit();
            } else {
                vm.cancel();
            }
        });
        dialog.show();
    }
}
