package com.hongshu.studio.app.sync;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import java.net.URI;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Connect another account: the platform's endpoint, the app id and the app secret; OK runs the authorize flow in the
 * system browser with a loopback redirect (the view model checks the input and says what is wrong).
 */
final class ConnectAccountDialog {

    private final SyncViewModel vm;
    private final I18n i18n;
    private final Consumer<URI> browser;

    ConnectAccountDialog(SyncViewModel vm, I18n i18n, Consumer<URI> browser) {
        this.vm = vm;
        this.i18n = i18n;
        this.browser = browser;
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner);
        dialog.setTitle(i18n.get("sync.connect.title"));
        dialog.setHeaderText(i18n.get("sync.connect.hint"));
        TextField endpoint = new TextField();
        endpoint.setId("sync-connect-endpoint");
        endpoint.setPromptText("https://ark.xiaohongshu.com");
        TextField appId = new TextField();
        appId.setId("sync-connect-appid");
        PasswordField secret = new PasswordField();
        secret.setId("sync-connect-secret");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.get("sync.connect.endpoint")), endpoint);
        form.addRow(1, new Label(i18n.get("sync.connect.appId")), appId);
        form.addRow(2, new Label(i18n.get("sync.connect.secret")), secret);
        endpoint.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(i18n.get("sync.connect.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("sync.connect.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.showAndWait().filter(b -> b == ok)
                .ifPresent(b -> vm.connect(endpoint.getText(), appId.getText(), secret.getText(), browser));
    }
}
