package com.hongshu.studio.app.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The studio's sections, in navigation order; Ctrl+1 .. Ctrl+6 jump to them. */
public enum Section {
    NOTES("shell.section.notes", Material2OutlinedAL.ARTICLE),
    PRODUCTS("shell.section.products", Material2OutlinedMZ.STOREFRONT),
    CALENDAR("shell.section.calendar", Material2OutlinedAL.CALENDAR_TODAY),
    DASHBOARD("shell.section.dashboard", Material2OutlinedAL.INSIGHTS),
    SYNC("shell.section.sync", Material2OutlinedMZ.SYNC),
    SETTINGS("shell.section.settings", Material2OutlinedMZ.SETTINGS);

    private final String titleKey;
    private final Ikon icon;

    Section(String titleKey, Ikon icon) {
        this.titleKey = titleKey;
        this.icon = icon;
    }

    public String titleKey() {
        return titleKey;
    }

    public Ikon icon() {
        return icon;
    }

    /** The digit of its keyboard shortcut, 1-based. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
