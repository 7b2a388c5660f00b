package com.hongshu.studio.app.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What every dialog of the studio needs from the window it belongs to. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Makes {@code owner} the dialog's owner and gives the dialog that window's font: the CJK family the studio picked
     * is set inline on the main scene's root, and a dialog is a scene of its own, so Chinese would not render without it.
     */
    public static void ownedBy(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
