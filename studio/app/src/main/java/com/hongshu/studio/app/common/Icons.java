package com.hongshu.studio.app.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon nodes from Ikonli's Material 2 set; size and colour come from CSS ({@code .ikonli-font-icon}). */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
