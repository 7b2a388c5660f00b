package com.hongshu.studio.app;

import javafx.application.Application;

/** Plain entry point, so the studio starts from the class path without JavaFX modules on the module path. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
