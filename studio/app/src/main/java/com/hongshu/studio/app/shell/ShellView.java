package com.hongshu.studio.app.shell;

import com.hongshu.studio.app.common.FxNotifier;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Icons;
import com.hongshu.studio.app.common.Notifier.Notice;
import com.hongshu.studio.app.common.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The main window's content: navigation on the left, the open section in the middle with notices over it, the status
 * bar below. Built anew when the language changes; views of sections are built on first visit and then kept.
 */
public final class ShellView {

    private final ShellViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);

    public ShellView(ShellViewModel vm, I18n i18n, TaskRunner tasks, FxNotifier notifier,
                     List<Supplier<Node>> statusItems) {
        this.vm = vm;
        this.i18n = i18n;
        root.getStyleClass().add("shell");
        root.setLeft(navigation());
        content.getStyleClass().add("shell-content");
        StackPane center = new StackPane(content, notices(notifier));
        root.setCenter(center);
        root.setBottom(statusBar(tasks, statusItems));
        vm.sectionProperty().addListener(onSection);
        vm.stateProperty().addListener(onState);
        notifier.notices().addListener(onNotices);
        show();
    }

    private final javafx.beans.value.ChangeListener<Section> onSection = (obs, old, now) -> show();
    private final javafx.beans.value.ChangeListener<ShellViewModel.WorkspaceState> onState = (obs, old, now) -> {
        views.clear();
        show();
    };
    private Runnable renderNotices = () -> { };
    private final ListChangeListener<Notice> onNotices = c -> renderNotices.run();

    /** Detaches this view from the long-lived view model and notifier; call before replacing it. */
    public void dispose() {
        vm.sectionProperty().removeListener(onSection);
        vm.stateProperty().removeListener(onState);
        notifierList.removeListener(onNotices);
        runningCount.removeListener(onRunningCount);
    }

    private javafx.collections.ObservableList<Notice> notifierList;
    private ReadOnlyIntegerProperty runningCount;
    private InvalidationListener onRunningCount;

    public BorderPane root() {
        return root;
    }

    private Node navigation() {
        Label brand = new Label(i18n.get("app.name"));
        brand.getStyleClass().add("brand");
        VBox nav = new VBox(brand);
        nav.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(i18n.get(s.titleKey()), Icons.of(s.icon(), 18));
            b.setId("nav-" + s.name().toLowerCase());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            if (vm.stateProperty().get() != ShellViewModel.WorkspaceState.OPENING) {
                // Tooltip's first use costs ~150 ms; the first frame, shown while the workspace opens, goes without.
                b.setTooltip(new Tooltip(i18n.format("shell.shortcut", s.shortcutDigit())));
            }
            b.setOnAction(e -> {
                vm.open(s);
                b.setSelected(true); // a toggle in a nav bar cannot be switched off by clicking it again
            });
            navButtons.put(s, b);
            if (s == Section.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(b);
        }
        return nav;
    }

    private void show() {
        Section s = vm.section();
        ToggleButton b = navButtons.get(s);
        if (b != null) {
            b.setSelected(true);
        }
        Node view = switch (vm.stateProperty().get()) {
            case OPENING -> opening();
            case FAILED -> failed();
            case READY -> views.computeIfAbsent(s, this::build);
        };
        content.getChildren().setAll(view);
        root.getStyleClass().remove("workspace-ready");
        if (vm.stateProperty().get() == ShellViewModel.WorkspaceState.READY) {
            root.getStyleClass().add("workspace-ready");
            vm.screen(s).ifPresent(screen -> screen.onShow().run());
        }
    }

    private Node build(Section s) {
        return vm.screen(s).map(screen -> screen.view().get()).orElseGet(() -> placeholder(s));
    }

    private Node placeholder(Section s) {
        Label title = new Label(i18n.get(s.titleKey()), Icons.of(s.icon(), 32));
        title.getStyleClass().add("title-2");
        Label text = new Label(i18n.get("shell.placeholder." + s.name().toLowerCase()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(16, title, text);
        box.setId("placeholder-" + s.name().toLowerCase());
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    /** Text only: the status bar shows the opening's progress, and a spinner's skin would slow the first frame. */
    private Node opening() {
        Label text = new Label(i18n.get("shell.workspace.opening"));
        text.setId("workspace-opening");
        text.getStyleClass().add("text-muted");
        StackPane box = new StackPane(text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node failed() {
        Label title = new Label(i18n.get("shell.workspace.failedTitle"), Icons.of(Material2OutlinedAL.ERROR_OUTLINE, 32));
        title.getStyleClass().addAll("title-2", "danger");
        Label text = new Label(vm.failureProperty().get());
        text.setId("workspace-failure");
        text.setWrapText(true);
        text.setMaxWidth(640);
        VBox box = new VBox(16, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    private Node notices(FxNotifier notifier) {
        VBox stack = new VBox(8);
        stack.getStyleClass().add("notices");
        stack.setPickOnBounds(false);
        stack.setAlignment(Pos.BOTTOM_RIGHT);
        stack.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(stack, Pos.BOTTOM_RIGHT);
        notifierList = notifier.notices();
        renderNotices = () -> stack.getChildren().setAll(
                notifier.notices().stream().map(n -> notice(n, notifier)).toList());
        renderNotices.run();
        return stack;
    }

    private Node notice(Notice n, FxNotifier notifier) {
        Label text = new Label(n.message(), Icons.of(switch (n.level()) {
            case ERROR -> Material2OutlinedAL.ERROR_OUTLINE;
            case WARNING -> Material2OutlinedMZ.WARNING;
            case SUCCESS -> Material2OutlinedAL.CHECK_CIRCLE;
            case INFO -> Material2OutlinedAL.INFO;
        }, 18));
        text.setWrapText(true);
        text.setMaxWidth(380);
        Button close = new Button(null, Icons.of(Material2OutlinedAL.CLOSE, 14));
        close.getStyleClass().addAll("flat", "notice-close");
        close.setOnAction(e -> notifier.dismiss(n));
        HBox box = new HBox(8, text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("notice", "notice-" + n.level().name().toLowerCase());
        if (n.level() != com.hongshu.studio.app.common.Notifier.Level.ERROR) {
            PauseTransition fade = new PauseTransition(Duration.seconds(6));
            fade.setOnFinished(e -> notifier.dismiss(n));
            fade.play();
        }
        return box;
    }

    private Node statusBar(TaskRunner tasks, List<Supplier<Node>> statusItems) {
        Label working = new Label();
        working.setId("status-task");
        working.textProperty().bind(tasks.currentTitle());
        HBox busy = new HBox(8, working);
        busy.setAlignment(Pos.CENTER_LEFT);
        Label ready = new Label(i18n.get("shell.status.ready"));
        ready.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(12, busy, ready, spacer);
        statusItems.forEach(item -> status.getChildren().add(item.get()));
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");
        runningCount = tasks.runningCount();
        onRunningCount = obs -> {
            boolean running = runningCount.get() > 0;
            if (running && busy.getChildren().size() == 1) {
                // Made when something first runs: the bar's skin and animation are not needed for the first frame.
                ProgressBar bar = new ProgressBar();
                bar.setPrefWidth(140);
                bar.progressProperty().bind(tasks.currentProgress());
                busy.getChildren().add(0, bar);
            }
            busy.setVisible(running);
            busy.setManaged(running);
            ready.setVisible(!running);
            ready.setManaged(!running);
        };
        runningCount.addListener(onRunningCount);
        onRunningCount.invalidated(runningCount);
        return status;
    }
}
