package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.Dialogs;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.core.stats.Field;
import com.hongshu.studio.core.stats.ImportPreview;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows what a file would import (layout, column mapping, first rows) and asks before anything is written. */
final class ImportPreviewDialog {

    private ImportPreviewDialog() {
    }

    static boolean confirm(Window owner, ImportPreview p, String fileName, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner);
        dialog.setTitle(i18n.get("dashboard.import.previewTitle"));
        // A streamed preview reads only the first rows, so the count is known once the import has run.
        dialog.setHeaderText(p.rows() < 0
                ? i18n.format("dashboard.import.previewHeaderFirst", fileName,
                        i18n.get("dashboard.layout." + p.layout().name()), p.sheet())
                : i18n.format("dashboard.import.previewHeader", fileName,
                        i18n.get("dashboard.layout." + p.layout().name()), p.sheet(), p.rows()));
        GridPane mapping = new GridPane();
        mapping.setHgap(16);
        mapping.setVgap(4);
        mapping.setId("import-mapping");
        mapping.add(bold(i18n.get("dashboard.import.column")), 0, 0);
        mapping.add(bold(i18n.get("dashboard.import.field")), 1, 0);
        int r = 1;
        for (Map.Entry<String, Field> e : p.mapping().entrySet()) {
            mapping.add(new Label(e.getKey()), 0, r);
            mapping.add(new Label(i18n.get("dashboard.field." + e.getValue().name())), 1, r++);
        }
        for (String ignored : p.ignored()) {
            mapping.add(new Label(ignored), 0, r);
            Label skip = new Label(i18n.get("dashboard.import.ignored"));
            skip.getStyleClass().add("dashboard-muted");
            mapping.add(skip, 1, r++);
        }
        GridPane sample = new GridPane();
        sample.setHgap(12);
        sample.setVgap(2);
        int row = 0;
        for (List<String> cells : p.sample()) {
            for (int c = 0; c < cells.size(); c++) {
                sample.add(new Label(cells.get(c)), c, row);
            }
            row++;
        }
        ScrollPane sampleScroll = new ScrollPane(sample);
        sampleScroll.setPrefViewportHeight(110);
        sampleScroll.setPrefViewportWidth(560);
        Label note = new Label(i18n.get("dashboard.import.previewNote"));
        note.setWrapText(true);
        note.getStyleClass().add("dashboard-muted");
        VBox content = new VBox(10, mapping, bold(i18n.get("dashboard.import.sample")), sampleScroll, note);
        content.setMaxWidth(600);
        dialog.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(i18n.get("dashboard.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("dashboard.import.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(go, no);
        return dialog.showAndWait().filter(b -> b == go).isPresent();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
