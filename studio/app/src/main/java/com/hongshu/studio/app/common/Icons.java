package com.hongshu.studio.app.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.material2.Material2OutlinedALIkonHandler;
import org.kordamp.ikonli.material2.Material2OutlinedMZIkonHandler;

/** Icon nodes from Ikonli's Material 2 set; size and colour come from CSS ({@code .ikonli-font-icon}). */
public final class Icons {

    private Icons() {
    }

    /**
     * Registers Ikonli's icon sets, loading only the font of the one the studio draws from. Ikonli's default loader
     * also loads the pack's filled, round and sharp fonts, about a tenth of a second before the first frame. Whichever
     * caller comes first sets the loader for the process, so this runs before the first icon is made.
     */
    public static void registerIconFonts() {
        IkonResolverProvider.getInstance(handler -> {
            if (handler instanceof Material2OutlinedALIkonHandler || handler instanceof Material2OutlinedMZIkonHandler) {
                JavaFXFontLoader.getInstance().loadFont(handler);
            }
        });
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
