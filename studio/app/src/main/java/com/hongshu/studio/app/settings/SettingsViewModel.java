package com.hongshu.studio.app.settings;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.shell.UiPreferences;
import com.hongshu.studio.app.shell.UiState;
import com.hongshu.studio.store.Backups;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Language, theme, where the workspace lives, its backups and the diagnostics. */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of(UiState.SYSTEM, "zh-CN", "en");
    public static final List<String> THEMES = List.of("light", "dark");
    public static final String VERSION = "0.1.0";

    private final UiPreferences prefs;
    private final I18n i18n;
    private final Locale systemLocale;
    private final Path workspaceDir;
    private final Backups backups;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final WorkspaceActions actions;
    private final ObservableList<Backups.Backup> backupList = FXCollections.observableArrayList();

    public SettingsViewModel(UiPreferences prefs, I18n i18n, Locale systemLocale, Path workspaceDir, Backups backups,
                             TaskRunner tasks, Notifier notifier, WorkspaceActions actions) {
        this.prefs = prefs;
        this.i18n = i18n;
        this.systemLocale = systemLocale;
        this.workspaceDir = workspaceDir;
        this.backups = backups;
        this.tasks = tasks;
        this.notifier = notifier;
        this.actions = actions;
    }

    public String language() {
        return prefs.get().language();
    }

    public String theme() {
        return prefs.get().theme();
    }

    public Path workspaceDir() {
        return workspaceDir;
    }

    public Path logsDir() {
        return workspaceDir.resolve("logs");
    }

    public ObservableList<Backups.Backup> backups() {
        return backupList;
    }

    /** Remembers the choice and switches the UI's language at once. */
    public void chooseLanguage(String language) {
        prefs.update(s -> s.withLanguage(language));
        i18n.setLocale(localeFor(language, systemLocale));
    }

    public void chooseTheme(String theme) {
        prefs.update(s -> s.withTheme(theme));
    }

    public void refresh() {
        tasks.quietly(p -> backups.list(), backupList::setAll,
                e -> notifier.error(i18n.get("settings.backup.listFailed"), e));
    }

    public void backupNow() {
        tasks.submit(i18n.get("settings.backup.running"), p -> backups.backupNow(), b -> {
            notifier.success(i18n.format("settings.backup.done", b.file().getFileName()));
            refresh();
        }, e -> notifier.error(i18n.get("settings.backup.failed"), e));
    }

    public void restore(Path backup) {
        actions.restore(backup);
    }

    public void openFolder(Path folder) {
        actions.openFolder(folder);
    }

    public void saveDiagnostics(Path target) {
        tasks.submit(i18n.get("settings.diagnostics.running"), p -> {
            Diagnostics.writeBundle(workspaceDir, target, VERSION);
            return target;
        }, t -> notifier.success(i18n.format("settings.diagnostics.done", t)),
                e -> notifier.error(i18n.get("settings.diagnostics.failed"), e));
    }

    public static Locale localeFor(String language, Locale system) {
        return switch (language) {
            case "zh-CN" -> I18n.CHINESE;
            case "en" -> I18n.ENGLISH;
            default -> I18n.supported(system);
        };
    }
}
