package com.hongshu.studio.app.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
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

    /** A flat button showing only the icon; {@code name} is its tooltip and what a screen reader says. */
    public static Button button(String id, Ikon ikon, int size, String name) {
        Button b = new Button(null, of(ikon, size));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(name));
        b.setAccessibleText(name);
        return b;
    }
}
