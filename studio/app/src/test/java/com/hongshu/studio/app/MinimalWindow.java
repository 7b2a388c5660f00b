package com.hongshu.studio.app;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick of the startup benchmark: the smallest JavaFX window, its first frame measured like the studio's. */
public final class MinimalWindow extends Application {

    private boolean shown;

    /** Plain launcher: the java launcher refuses a class-path main class that extends Application. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 800);
        scene.addPostLayoutPulseListener(() -> {
            if (shown) {
                return;
            }
            shown = true;
            Platform.runLater(() -> {
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + (System.currentTimeMillis() - jvmStart));
                System.out.flush();
                Runtime.getRuntime().halt(0);
            });
        });
        stage.setScene(scene);
        stage.show();
    }
}
