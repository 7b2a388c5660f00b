package com.hongshu.studio.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.hongshu.studio.app.common.FxNotifier;
import com.hongshu.studio.app.common.FxTaskRunner;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.LogFiles;
import com.hongshu.studio.app.settings.SettingsViewModel;
import com.hongshu.studio.app.settings.WorkspaceActions;
import com.hongshu.studio.store.Backups;
import com.hongshu.studio.app.shell.Section;
import com.hongshu.studio.app.shell.ShellView;
import com.hongshu.studio.app.shell.ShellViewModel;
import com.hongshu.studio.app.shell.UiPreferences;
import com.hongshu.studio.app.shell.UiState;
import com.hongshu.studio.core.workspace.WorkspaceException;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.Workspace;
import java.lang.System.Logger;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the window at once, opens the workspace in the background, then builds the screens.
 * Nothing that can block runs on the FX thread.
 */
public final class StudioApp extends Application implements WorkspaceActions {

    private static final Logger LOG = System.getLogger("studio");

    private final Clock clock = Clock.systemDefaultZone();
    private final Locale systemLocale = Locale.getDefault();
    private final Locale systemFormats = Locale.getDefault(Locale.Category.FORMAT);
    private FxTaskRunner tasks;
    private FxNotifier notifier;
    private I18n i18n;
    private UiPreferences prefs;
    private ShellViewModel shell;
    private Stage stage;
    private Scene scene;
    private ShellView shellView;
    private InstanceLock instanceLock;
    private CompositionRoot root;
    private LaunchOptions options;
    private boolean firstFrameShown;
    private final List<Runnable> waitingForFirstFrame = new java.util.ArrayList<>();
    private boolean workspaceSettled;
    private boolean handedOver;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            Platform.exit();
            return;
        }
        UiState ui = UiState.load(options.dataDir());
        URL stylesheet = StudioApp.class.getResource("/css/studio.css");
        FirstFrameHelper.Started helper = FirstFrameHelper.start(options.dataDir(), ui.fontFamily(), this::bringToFront);
        tasks = new FxTaskRunner(3);
        notifier = new FxNotifier();
        prefs = new UiPreferences(options.dataDir(), ui, tasks);
        i18n = new I18n(SettingsViewModel.localeFor(ui.language(), systemLocale), CompositionRoot.BUNDLES);
        formatDatesIn(i18n.locale());
        shell = new ShellViewModel(ui.section());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> notifier.error(i18n.get("shell.error.unexpected"), e));

        applyTheme(ui.theme());
        shellView = new ShellView(shell, i18n, tasks, notifier, List.of());
        scene = new Scene(shellView.root(), ui.width(), ui.height());
        scene.getStylesheets().add(stylesheet.toExternalForm());
        applyCjkFont();
        i18n.localeProperty().addListener((obs, old, now) -> {
            formatDatesIn(now);
            rebuildShell();
        });
        prefs.property().addListener((obs, old, now) -> {
            if (!old.theme().equals(now.theme())) {
                applyTheme(now.theme());
            }
        });
        shell.sectionProperty().addListener((obs, old, now) -> prefs.update(s -> s.withSection(now)));

        stage.setTitle(i18n.get("app.name") + (options.demo() ? " — " + i18n.get("shell.demo") : ""));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (!Double.isNaN(ui.x()) && !Double.isNaN(ui.y())) {
            stage.setX(ui.x());
            stage.setY(ui.y());
        }
        stage.setMaximized(ui.maximized());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> rememberBounds());
        scene.addPostLayoutPulseListener(this::onFirstPulse);
        if (!holdsWorkspace(helper.lock())) {
            handedOver = true;
            System.out.println("handed_over=" + options.dataDir());
            Platform.exit();
            return;
        }
        if (ui.fontFamily().isEmpty()) {
            if (I18n.CHINESE.equals(i18n.locale())) {
                // A first start in Chinese: without a CJK font its first frame would show boxes; finding one takes a
                // fifth of a second, on the helper thread, and is remembered.
                rememberCjkFont(helper.cjkFont().join());
            } else {
                helper.cjkFont().thenAccept(found -> Platform.runLater(() -> rememberCjkFont(found)));
            }
        }
        stage.show();
        // On two cores, opening SQLite alongside the first frame slows the frame; the window shows "opening" meanwhile.
        afterFirstFrame(this::openWorkspace);
        afterFirstFrame(this::installShortcuts); // no key reaches the window before it is on screen
    }

    /**
     * Date pickers, charts and the like format with the default locale: it follows the studio's language, not the
     * computer's, so a Chinese studio on an English system shows 2026/12/4 and Chinese month names.
     */
    private void formatDatesIn(Locale language) {
        Locale.setDefault(Locale.Category.FORMAT, language);
    }

    /** False when another studio has this workspace and was asked to come to the front instead. */
    private boolean holdsWorkspace(CompletableFuture<Optional<InstanceLock>> lock) {
        try {
            Optional<InstanceLock> acquired = lock.join();
            acquired.ifPresent(held -> instanceLock = held);
            return acquired.isPresent();
        } catch (CompletionException e) {
            // Could not tell: better two windows than none. The database's own locking still protects the data.
            LOG.log(Logger.Level.WARNING, "single-instance check failed", e.getCause());
            return true;
        }
    }

    private void onFirstPulse() {
        if (firstFrameShown) {
            return;
        }
        firstFrameShown = true;
        // The frame of this pulse is rendered right after layout; the next runLater runs once it is on screen.
        Platform.runLater(() -> {
            if (options.quitAfterStartup()) {
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + (System.currentTimeMillis() - jvmStart));
            }
            waitingForFirstFrame.forEach(Runnable::run);
            waitingForFirstFrame.clear();
            for (int size : new int[] {16, 32, 64, 128, 256}) {
                stage.getIcons().add(new javafx.scene.image.Image(
                        StudioApp.class.getResource("/icons/hongshu-studio-" + size + ".png").toExternalForm(), true));
            }
            quitIfDone();
        });
    }

    private void openWorkspace() {
        Path dir = options.dataDir();
        tasks.submit(i18n.get("shell.workspace.opening"), progress -> {
            installLogFiles(dir.resolve("logs"));
            Workspace ws = Workspace.open(dir, clock);
            if (options.demo()) {
                new DemoWorkspace(ws, clock).populateIfEmpty(progress);
            }
            return ws;
        }, ws -> afterFirstFrame(() -> workspaceOpened(ws)), error -> afterFirstFrame(() -> workspaceFailed(error, dir)));
    }

    /** Building the screens must not delay the first frame, however fast the workspace opened. */
    private void afterFirstFrame(Runnable r) {
        if (firstFrameShown) {
            r.run();
        } else {
            waitingForFirstFrame.add(r);
        }
    }

    private void workspaceOpened(Workspace ws) {
        Database.MigrationReport m = ws.database().migration();
        if (options.quitAfterStartup()) {
            System.out.println("schema_migration=" + (m.migrated() ? m.from() + "->" + m.to() : "none"));
        }
        root = new CompositionRoot(ws, clock, i18n, tasks, notifier, prefs, systemLocale, this, options.demo());
        shellView.dispose(); // the view built while opening must not react to "ready": it is replaced now
        shell.ready(root.screens());
        rebuildShell();
        settle();
        Backups backups = root.backups();
        tasks.quietly(p -> backups.dailyBackup(java.time.ZoneId.systemDefault()), taken -> { },
                e -> notifier.error(i18n.get("settings.backup.failed"), e));
    }

    private void workspaceFailed(Throwable error, Path dir) {
        String message = describe(error, dir);
        LOG.log(Logger.Level.ERROR, "cannot open workspace " + dir, error);
        if (options.quitAfterStartup()) {
            System.err.println(message);
        }
        shell.failed(message);
        settle();
    }

    private void installLogFiles(Path logs) {
        if (logHandler != null) {
            return;
        }
        try {
            logHandler = LogFiles.install(logs);
        } catch (java.io.IOException e) {
            LOG.log(Logger.Level.WARNING, "cannot write log files to " + logs, e);
        }
    }

    private String describe(Throwable error, Path dir) {
        Path file = dir.resolve(Workspace.DATABASE_FILE);
        if (error instanceof WorkspaceException we) {
            return switch (we.reason()) {
                case NEWER_SCHEMA -> i18n.format("shell.workspace.newer", file);
                case NOT_A_DATABASE -> i18n.format("shell.workspace.notDatabase", file);
                case DISK_FULL -> i18n.format("shell.workspace.diskFull", dir);
                case UNREADABLE -> i18n.format("shell.workspace.unreadable", file);
            };
        }
        return i18n.format("shell.workspace.unreadable", file);
    }

    private void settle() {
        workspaceSettled = true;
        quitIfDone();
    }

    private void quitIfDone() {
        if (options.quitAfterStartup() && firstFrameShown && workspaceSettled) {
            int code = shell.stateProperty().get() == ShellViewModel.WorkspaceState.FAILED ? 2 : 0;
            if (root != null) {
                root.close();
                root = null;
            }
            if (instanceLock != null) {
                instanceLock.close();
            }
            System.out.flush();
            Platform.exit();
            Runtime.getRuntime().halt(code);
        }
    }

    private void rebuildShell() {
        List<java.util.function.Supplier<javafx.scene.Node>> items = root == null ? List.of() : root.statusItems();
        shellView.dispose();
        shellView = new ShellView(shell, i18n, tasks, notifier, items);
        scene.setRoot(shellView.root());
        stage.setTitle(i18n.get("app.name") + (options.demo() ? " — " + i18n.get("shell.demo") : ""));
        applyCjkFont();
    }

    /** Names the remembered CJK font for the whole scene. */
    private void applyCjkFont() {
        String family = prefs.get().fontFamily();
        if (!family.isEmpty()) {
            scene.getRoot().setStyle("-fx-font-family: \"" + family + "\";");
        }
    }

    private void rememberCjkFont(Optional<String> family) {
        family.ifPresent(found -> {
            prefs.update(s -> s.withFontFamily(found));
            applyCjkFont();
        });
    }

    private volatile java.util.logging.Handler logHandler;

    private void installShortcuts() {
        for (Section s : Section.values()) {
            scene.getAccelerators().put(
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(s.shortcutDigit())),
                            KeyCombination.SHORTCUT_DOWN),
                    () -> shell.open(s));
        }
    }

    private void applyTheme(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme)
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    private void rememberBounds() {
        boolean max = stage.isMaximized();
        prefs.update(s -> max ? s.withBounds(s.x(), s.y(), s.width(), s.height(), true)
                : s.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
    }

    private void bringToFront() {
        Platform.runLater(() -> {
            System.out.println("instance_activated");
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }

    @Override
    public void openSection(Section section) {
        shell.open(section);
    }

    @Override
    public void browse(java.net.URI page) {
        Platform.runLater(() -> getHostServices().showDocument(page.toString()));
    }

    @Override
    public void openFolder(Path dir) {
        tasks.quietly(p -> {
            java.nio.file.Files.createDirectories(dir);
            return dir;
        }, d -> getHostServices().showDocument(d.toUri().toString()), e -> notifier.error(i18n.get("shell.error.unexpected"), e));
    }

    @Override
    public void restore(Path backup) {
        CompositionRoot closing = root;
        root = null;
        shell.opening();
        rebuildShell();
        Path dir = options.dataDir();
        tasks.submit(i18n.get("settings.backup.restoring"), p -> {
            Backups.verify(backup); // refuse before closing anything
            if (closing != null) {
                closing.close();
            }
            return Backups.restore(backup, dir.resolve(Workspace.DATABASE_FILE), dir.resolve("backups"), clock);
        }, kept -> {
            notifier.success(i18n.format("settings.backup.restored", kept.getFileName()));
            reopen(closing);
        }, error -> {
            if (error instanceof Backups.RestoreRefused refused) {
                notifier.warn(i18n.get(switch (refused.refusal()) {
                    case DAMAGED -> "settings.backup.refused.damaged";
                    case NEWER_SCHEMA -> "settings.backup.refused.newer";
                    case NOT_A_DATABASE -> "settings.backup.refused.notDatabase";
                }));
            } else {
                notifier.error(i18n.get("settings.backup.restoreFailed"), error);
            }
            reopen(closing);
        });
    }

    private void reopen(CompositionRoot closed) {
        if (closed != null) {
            closed.close(); // harmless when already closed; needed when verification refused first
        }
        workspaceSettled = false;
        openWorkspace();
    }

    @Override
    public void stop() {
        Locale.setDefault(Locale.Category.FORMAT, systemFormats);
        if (handedOver) {
            tasks.close(); // the window never showed: the other studio's remembered state stays as it is
            return;
        }
        if (stage != null && stage.isShowing()) {
            rememberBounds();
        }
        if (prefs != null) {
            prefs.saveNow();
        }
        if (root != null) {
            root.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (logHandler != null) {
            java.util.logging.Logger.getLogger("").removeHandler(logHandler);
            logHandler.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
        }
    }
}
