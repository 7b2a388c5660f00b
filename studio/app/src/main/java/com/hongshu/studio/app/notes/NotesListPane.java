package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.notes.NoteSort;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The left side of the notes screen: search, filters, the (virtualized, paged) list and its actions. */
final class NotesListPane {

    private final NotesViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;

    NotesListPane(NotesViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
    }

    Node build() {
        TextField search = new TextField();
        search.setId("notes-search");
        search.setPromptText(i18n.get("notes.list.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<NoteStatus> status = new ComboBox<>();
        status.setId("notes-status-filter");
        status.getItems().add(null);
        status.getItems().addAll(NoteStatus.values());
        status.setConverter(converter(s -> s == null ? i18n.get("notes.list.allStatuses")
                : i18n.get("notes.status." + s.name())));
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(NoteStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? i18n.get("notes.list.allStatuses") : i18n.get("notes.status." + item.name()));
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);

        ComboBox<NoteSort> sort = new ComboBox<>();
        sort.setId("notes-sort");
        sort.getItems().addAll(NoteSort.values());
        sort.setConverter(converter(s -> s == null ? "" : i18n.get("notes.sort." + s.name())));
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setMaxWidth(Double.MAX_VALUE);
        // Status beside its pref width, sort taking the rest: neither is cut at the narrowest list width.
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(sort, Priority.ALWAYS);

        DatePicker from = new DatePicker();
        from.setPromptText(i18n.get("notes.list.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(i18n.get("notes.list.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);

        ListView<NoteSummary> list = new ListView<>(vm.rows());
        list.setId("notes-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new NoteCell());
        list.setPlaceholder(new Label(i18n.get("notes.list.empty")));
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NoteSummary>) c ->
                vm.selected().setAll(list.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(NoteSummary::id).toList()));
        // Open on the user's click or arrow key only: refreshing the rows must never switch the open note.
        Runnable openSelected = () -> {
            NoteSummary now = list.getSelectionModel().getSelectedItem();
            if (now != null && list.getSelectionModel().getSelectedItems().size() == 1) {
                vm.open(now.id());
            }
        };
        list.setOnMouseClicked(e -> openSelected.run());
        list.setOnKeyReleased(e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected.run();
            }
        });
        vm.rows().addListener((ListChangeListener<NoteSummary>) c -> javafx.application.Platform.runLater(() -> {
            long open = vm.composer().openProperty().get() ? vm.composer().noteIdProperty().get() : -1;
            if (list.getSelectionModel().getSelectedItems().size() <= 1) {
                for (int i = 0; i < vm.rows().size(); i++) {
                    if (vm.rows().get(i).id() == open) {
                        list.getSelectionModel().clearAndSelect(i);
                        return;
                    }
                }
            }
        }));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button(i18n.get("notes.list.new"), Icons.of(Material2OutlinedAL.ADD, 16));
        add.setId("notes-new");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.newNote());
        Button duplicate = iconButton(Material2OutlinedAL.CONTENT_COPY, "notes.list.duplicate", "notes-duplicate");
        duplicate.setOnAction(e -> vm.duplicateSelected());
        duplicate.disableProperty().bind(Bindings.isEmpty(vm.selected()));
        Button delete = iconButton(Material2OutlinedAL.DELETE, "notes.list.delete", "notes-delete");
        delete.setOnAction(e -> vm.deleteSelected());
        delete.disableProperty().bind(Bindings.isEmpty(vm.selected()));
        Button undoDelete = iconButton(Material2OutlinedMZ.UNDO, "notes.list.undoDelete", "notes-undo-delete");
        undoDelete.setOnAction(e -> vm.undoDelete());
        undoDelete.visibleProperty().bind(vm.canUndoDeleteProperty());
        undoDelete.managedProperty().bind(vm.canUndoDeleteProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("notes-muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("notes.list.count", vm.totalProperty().get()), vm.totalProperty()));

        HBox actions = new HBox(6, add, duplicate, delete, undoDelete, spacer, count);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, actions, search, new HBox(6, status, sort), new HBox(6, from, to), list);
        box.getStyleClass().add("notes-list-pane");
        box.setMinWidth(300);
        box.setPrefWidth(340);
        return box;
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String key, String id) {
        return Icons.button(id, icon, 16, i18n.get(key));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** One row; asks for the next page when the last loaded row comes into view. */
    private final class NoteCell extends ListCell<NoteSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label status = new Label();
        private final VBox box = new VBox(2, new HBox(6, title, status), meta);
        private final DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale()).withZone(zone);

        NoteCell() {
            title.getStyleClass().add("notes-cell-title");
            meta.getStyleClass().add("notes-muted");
            status.getStyleClass().add("notes-status");
            title.setMinWidth(0);
            status.setMinWidth(Region.USE_PREF_SIZE);
            meta.setMinWidth(0);
            box.setMinWidth(0);
            setPrefWidth(0); // never wider than the list: no horizontal scroll bar
        }

        @Override
        protected void updateItem(NoteSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title().isBlank() ? i18n.get("notes.list.untitled") : item.title());
            status.setText(i18n.get("notes.status." + item.status().name()));
            status.getStyleClass().removeIf(s -> s.startsWith("notes-status-"));
            status.getStyleClass().add("notes-status-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
            boolean timed = item.status() != NoteStatus.DRAFT && item.scheduledAt() != null;
            meta.setText(format.format(timed ? item.scheduledAt() : item.updatedAt()) + " · " + i18n.format("notes.list.images", item.imageCount()));
            setGraphic(box);
            if (getIndex() >= vm.rows().size() - 1) {
                vm.loadMore();
            }
        }
    }
}
