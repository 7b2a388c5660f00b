package com.hongshu.studio.app.settings;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.shell.UiPreferences;
import com.hongshu.studio.app.shell.UiState;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Language, theme and where the workspace lives. */
public final class SettingsViewModel {

    public static final List<String> LANGUAGES = List.of(UiState.SYSTEM, "zh-CN", "en");
    public static final List<String> THEMES = List.of("light", "dark");

    private final UiPreferences prefs;
    private final I18n i18n;
    private final Locale systemLocale;
    private final Path workspaceDir;

    public SettingsViewModel(UiPreferences prefs, I18n i18n, Locale systemLocale, Path workspaceDir) {
        this.prefs = prefs;
        this.i18n = i18n;
        this.systemLocale = systemLocale;
        this.workspaceDir = workspaceDir;
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

    /** Remembers the choice and switches the UI's language at once. */
    public void chooseLanguage(String language) {
        prefs.update(s -> s.withLanguage(language));
        i18n.setLocale(localeFor(language, systemLocale));
    }

    public void chooseTheme(String theme) {
        prefs.update(s -> s.withTheme(theme));
    }

    public static Locale localeFor(String language, Locale system) {
        return switch (language) {
            case "zh-CN" -> I18n.CHINESE;
            case "en" -> I18n.ENGLISH;
            default -> I18n.supported(system);
        };
    }
}
