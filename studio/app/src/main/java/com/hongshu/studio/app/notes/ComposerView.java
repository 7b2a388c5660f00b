package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.core.notes.Declaration;
import com.hongshu.studio.core.notes.NoteRules;
import com.hongshu.studio.core.notes.Violation;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.core.notes.WordingLint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The editor of one note: images, text with live counters, topics, settings, rule messages, publish/schedule. */
final class ComposerView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final ComposerViewModel vm;
    private final I18n i18n;
    private final NoteActions actions;

    /** What the composer asks of its surroundings (dialogs, clipboard, folders). */
    interface NoteActions {
        void paste();

        void export(Node owner);

        void openLibrary(Node owner);

        void editBlocklist(Node owner);
    }

    ComposerView(ComposerViewModel vm, I18n i18n, NoteActions actions) {
        this.vm = vm;
        this.i18n = i18n;
        this.actions = actions;
    }

    Node build() {
        TextField title = new TextField();
        title.setId("notes-title");
        title.setPromptText(i18n.get("notes.composer.titlePrompt"));
        title.textProperty().bindBidirectional(vm.titleProperty());
        Label titleCounter = counter("notes-title-counter", vm.titleCountProperty(),
                NoteRules.CURRENT.titleMaxWeighted(), vm.titleOverProperty());

        TextArea body = new TextArea();
        body.setId("notes-body");
        body.setWrapText(true);
        body.setPrefRowCount(10);
        body.setPromptText(i18n.get("notes.composer.bodyPrompt"));
        body.textProperty().bindBidirectional(vm.bodyProperty());
        Label bodyCounter = counter("notes-body-counter", vm.bodyCountProperty(), NoteRules.CURRENT.bodyMaxChars(),
                vm.bodyOverProperty());

        VBox lint = new VBox(2);
        lint.setId("notes-lint");
        Runnable showLint = () -> lint.getChildren().setAll(vm.lintHits().stream().map(this::lintLabel).toList());
        vm.lintHits().addListener((ListChangeListener<WordingLint.Hit>) c -> showLint.run());
        showLint.run();

        TextField location = new TextField();
        location.setId("notes-location");
        location.textProperty().bindBidirectional(vm.locationProperty());
        ComboBox<Visibility> visibility = new ComboBox<>();
        visibility.setId("notes-visibility");
        visibility.getItems().addAll(Visibility.values());
        visibility.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Visibility v) {
                return v == null ? "" : i18n.get("notes.visibility." + v.name());
            }

            @Override
            public Visibility fromString(String s) {
                return null;
            }
        });
        visibility.valueProperty().bindBidirectional(vm.visibilityProperty());
        FlowPane declarations = new FlowPane(12, 6);
        for (Declaration d : Declaration.values()) {
            CheckBox box = new CheckBox(i18n.get("notes.declaration." + d.name()));
            box.setId("notes-declaration-" + d.name());
            box.selectedProperty().bindBidirectional(vm.declarationProperty(d));
            declarations.getChildren().add(box);
        }
        Label linked = new Label();
        linked.setId("notes-products-linked");
        linked.setWrapText(true);
        linked.getStyleClass().add("notes-muted");
        linked.textProperty().bind(Bindings.createStringBinding(() -> vm.linkedProductIds().isEmpty()
                ? i18n.get("notes.composer.productsNone")
                : vm.linkedProducts().isEmpty() ? i18n.format("notes.composer.productsCount",
                        vm.linkedProductIds().size())
                : String.join("、", vm.linkedProducts().stream().map(p -> p.name()).toList()),
                vm.linkedProductIds(), vm.linkedProducts()));
        Button pick = new Button(i18n.get("notes.composer.productsPick"));
        pick.setId("notes-products-pick");
        pick.setOnAction(e -> new ProductPickerDialog(vm, i18n).show(pick));
        HBox.setHgrow(linked, Priority.ALWAYS);
        HBox productRow = new HBox(8, linked, pick);
        productRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox stockWarnings = new VBox(2);
        stockWarnings.setId("notes-stock-warnings");
        Runnable showWarnings = () -> stockWarnings.getChildren().setAll(vm.stockWarnings().stream().map(w -> {
            Label l = new Label(i18n.format(w.soldOutNow() ? "notes.products.soldOut" : "notes.products.runsOut",
                    w.product(), w.sku(), w.stockNow()), Icons.of(Material2OutlinedMZ.WARNING, 14));
            l.setWrapText(true);
            l.getStyleClass().add("notes-warning");
            return (Node) l;
        }).toList());
        vm.stockWarnings().addListener((ListChangeListener<com.hongshu.studio.core.notes.ProductLinks.StockWarning>)
                c -> showWarnings.run());
        showWarnings.run();
        VBox products = new VBox(4, productRow, stockWarnings);

        VBox violations = new VBox(4);
        violations.setId("notes-violations");
        Runnable showViolations = () -> violations.getChildren().setAll(violationLabels());
        vm.violations().addListener((ListChangeListener<Violation>) c -> showViolations.run());
        showViolations.run();

        VBox form = new VBox(10, accountRow(),
                new ImageStrip(vm.images(), i18n).build(),
                new VideoPane(vm.images(), i18n).build(),
                labelled("notes.composer.title", titleCounter, title),
                labelled("notes.composer.body", bodyCounter, body), lint,
                labelled("notes.composer.topics", null, tagEditor(vm.topics(), "notes-topic-input",
                        "notes.composer.topicPrompt", "#", true)),
                labelled("notes.composer.mentions", null, tagEditor(vm.mentions(), "notes-mention-input",
                        "notes.composer.mentionPrompt", "@", false)),
                new HBox(12, labelled("notes.composer.location", null, location),
                        labelled("notes.composer.visibility", null, visibility)),
                labelled("notes.composer.declarations", null, declarations),
                labelled("notes.composer.products", null, products),
                violations);
        form.getStyleClass().add("notes-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(toolbar(), scroll, publishBar);
        root.setId("notes-composer");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_Y.match(e)) {
                vm.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
                actions.paste();
            }
        });
        return root;
    }

    /** The note's account, when sync is wired (read-only with one account or once the note reached the platform). */
    private Node accountRow() {
        if (vm.account() == null) {
            return new Region();
        }
        javafx.scene.layout.StackPane picker = com.hongshu.studio.app.accounts.AccountPicker.build(vm.account(), i18n,
                "notes-account");
        picker.setPrefWidth(240);
        Label zoneLabel = new Label();
        zoneLabel.setId("notes-account-zone");
        zoneLabel.getStyleClass().add("notes-muted");
        zoneLabel.setTooltip(new javafx.scene.control.Tooltip(i18n.get("accounts.composer.zoneHint")));
        zoneLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.account().selectedProperty().get() == null
                ? "" : vm.account().zone().getId(), vm.account().selectedProperty()));
        HBox row = new HBox(8, picker, zoneLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        return labelled("accounts.composer.account", null, row);
    }

    /** Icon buttons keep the toolbar whole on a narrow window; the tooltip names them. */
    private Button toolButton(String id, String key, org.kordamp.ikonli.Ikon icon) {
        return Icons.button(id, icon, 18, i18n.get(key));
    }

    private Node toolbar() {
        Button undo = new Button(null, Icons.of(Material2OutlinedMZ.UNDO, 18));
        undo.setId("notes-undo");
        undo.getStyleClass().add("flat");
        undo.setTooltip(new javafx.scene.control.Tooltip(i18n.get("notes.composer.undo")));
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = new Button(null, Icons.of(Material2OutlinedMZ.REDO, 18));
        redo.setId("notes-redo");
        redo.getStyleClass().add("flat");
        redo.setTooltip(new javafx.scene.control.Tooltip(i18n.get("notes.composer.redo")));
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Label saved = new Label();
        saved.setId("notes-save-state");
        saved.getStyleClass().add("notes-muted");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("notes.save." + vm.saveStateProperty().get().name()), vm.saveStateProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button library = toolButton("notes-library", "notes.composer.library", Material2OutlinedMZ.PHOTO_LIBRARY);
        library.setOnAction(e -> actions.openLibrary(library));
        Button export = toolButton("notes-export", "notes.composer.export", Material2OutlinedAL.FOLDER_OPEN);
        export.setOnAction(e -> actions.export(export));
        Button blocklist = toolButton("notes-blocklist", "notes.composer.blocklist", Material2OutlinedAL.BLOCK);
        blocklist.setOnAction(e -> actions.editBlocklist(blocklist));

        DatePicker day = new DatePicker(LocalDate.now(vm.scheduleZone()).plusDays(1));
        day.setId("notes-schedule-day");
        day.setPrefWidth(140);
        day.setMinWidth(130);
        Spinner<Integer> hour = new Spinner<>(0, 23, 9);
        hour.setId("notes-schedule-hour");
        hour.setPrefWidth(72);
        hour.setMinWidth(Region.USE_PREF_SIZE);
        hour.setEditable(true);
        Button schedule = new Button(i18n.get("notes.composer.schedule"), Icons.of(Material2OutlinedMZ.SCHEDULE, 16));
        schedule.setId("notes-schedule");
        schedule.setMinWidth(Region.USE_PREF_SIZE);
        schedule.disableProperty().bind(vm.blockingProperty());
        schedule.setOnAction(e -> {
            if (day.getValue() != null) {
                // Read in the note's account's zone, the zone the calendar shows it in.
                Instant at = day.getValue().atTime(hour.getValue(), 0).atZone(vm.scheduleZone()).toInstant();
                vm.schedule(at);
            }
        });
        // Icon only: the publish bar is already full at the usual window width.
        Button nextSlot = Icons.button("notes-schedule-next-slot", Material2OutlinedAL.EVENT_AVAILABLE, 16,
                i18n.get("calendar.composer.nextSlot"));
        nextSlot.getStyleClass().remove("flat");
        nextSlot.setMinWidth(Region.USE_PREF_SIZE);
        nextSlot.disableProperty().bind(vm.blockingProperty());
        nextSlot.setVisible(vm.hasNextSlot());
        nextSlot.managedProperty().bind(nextSlot.visibleProperty());
        nextSlot.setOnAction(e -> vm.scheduleAtNextFreeSlot());
        Button publish = new Button(i18n.get("notes.composer.publish"), Icons.of(Material2OutlinedMZ.SEND, 16));
        publish.setId("notes-publish");
        publish.setMinWidth(Region.USE_PREF_SIZE);
        publish.getStyleClass().add("accent");
        publish.disableProperty().bind(vm.blockingProperty());
        publish.setOnAction(e -> vm.publishNow());

        HBox bar = new HBox(6, undo, redo, saved, spacer, library, blocklist, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notes-toolbar");
        // Wraps onto a second line rather than pushing the phone preview out of a narrow window.
        javafx.scene.layout.FlowPane publishBar =
                new javafx.scene.layout.FlowPane(6, 6, day, hour, schedule, nextSlot, publish);
        publishBar.setAlignment(Pos.CENTER_RIGHT);
        publishBar.getStyleClass().add("notes-publish-bar");
        this.publishBar = publishBar;
        return bar;
    }

    private Node publishBar;

    private List<Node> violationLabels() {
        if (vm.violations().isEmpty()) {
            Label ok = new Label(i18n.get("notes.composer.rulesOk"), Icons.of(Material2OutlinedAL.CHECK_CIRCLE, 16));
            ok.getStyleClass().add("notes-ok");
            return List.of(ok);
        }
        return vm.violations().stream().map(v -> {
            Label l = new Label(vm.describe(v), Icons.of(v.blocks() ? Material2OutlinedAL.ERROR_OUTLINE
                    : Material2OutlinedMZ.WARNING, 16));
            l.setWrapText(true);
            l.getStyleClass().add(v.blocks() ? "notes-error" : "notes-warning");
            l.setId("notes-violation-" + v.rule().name());
            return (Node) l;
        }).toList();
    }

    private Node lintLabel(WordingLint.Hit hit) {
        Label l = new Label(hit.suggestion().isEmpty()
                ? i18n.format("notes.composer.lintHitNoSuggestion", hit.term())
                : i18n.format("notes.composer.lintHit", hit.term(), hit.suggestion()));
        l.getStyleClass().add("notes-warning");
        return l;
    }

    private Label counter(String id, javafx.beans.value.ObservableIntegerValue count, int max,
                          javafx.beans.value.ObservableBooleanValue over) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("notes.composer.counter", count.get(), max), count));
        l.getStyleClass().add("notes-counter");
        over.addListener((o, a, now) -> l.pseudoClassStateChanged(OVER, now));
        l.pseudoClassStateChanged(OVER, over.get());
        return l;
    }

    private static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over");

    private Node labelled(String key, Node right, Node field) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("notes-field-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = right == null ? new HBox(label) : new HBox(label, spacer, right);
        VBox box = new VBox(4, head, field);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Chips for the list's entries plus a field to add one, with suggestions from past notes for topics. */
    private Node tagEditor(ObservableList<String> items, String id, String promptKey, String mark, boolean topics) {
        FlowPane chips = new FlowPane(6, 6);
        Runnable render = () -> chips.getChildren().setAll(items.stream().map(t -> {
            Button chip = new Button(mark + t, Icons.of(Material2OutlinedAL.CLOSE, 12));
            chip.getStyleClass().addAll("notes-chip", "small");
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setOnAction(e -> {
                if (topics) {
                    vm.removeTopic(t);
                } else {
                    vm.removeMention(t);
                }
            });
            return (Node) chip;
        }).toList());
        items.addListener((ListChangeListener<String>) c -> render.run());
        render.run();
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(i18n.get(promptKey));
        input.setPrefColumnCount(14);
        Runnable add = () -> {
            if (topics) {
                vm.addTopic(input.getText());
            } else {
                vm.addMention(input.getText());
            }
            input.clear();
        };
        input.setOnAction(e -> add.run());
        if (topics) {
            ContextMenu suggestions = new ContextMenu();
            input.textProperty().addListener((o, a, now) -> {
                if (input.isFocused() && now != null && !now.isBlank()) {
                    vm.suggestTopics(now);
                } else {
                    suggestions.hide();
                }
            });
            vm.topicSuggestions().addListener((ListChangeListener<String>) c -> {
                suggestions.getItems().setAll(vm.topicSuggestions().stream().map(s -> {
                    MenuItem item = new MenuItem("#" + s);
                    item.setOnAction(e -> {
                        vm.addTopic(s);
                        input.clear();
                    });
                    return item;
                }).toList());
                if (!suggestions.getItems().isEmpty() && input.isFocused() && input.getScene() != null) {
                    suggestions.show(input, javafx.geometry.Side.BOTTOM, 0, 0);
                } else {
                    suggestions.hide();
                }
            });
        }
        HBox row = new HBox(8, input, chips);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
