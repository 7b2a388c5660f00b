package com.hongshu.studio.app.shell;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A section's screen as the shell sees it: {@code view} builds a fresh view (again after a language change) over the
 * screen's long-lived view model; {@code onShow} runs each time the user opens the section (e.g. to refresh).
 */
public record Screen(Supplier<Node> view, Runnable onShow) {

    public static Screen of(Supplier<Node> view) {
        return new Screen(view, () -> { });
    }
}
