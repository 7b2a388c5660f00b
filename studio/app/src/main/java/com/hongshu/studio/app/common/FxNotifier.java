package com.hongshu.studio.app.common;

import java.lang.System.Logger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Keeps the notices the shell shows as toasts; the list is changed on the FX thread only. */
public final class FxNotifier implements Notifier {

    private static final Logger LOG = System.getLogger("studio.notifier");
    private static final int MAX_VISIBLE = 4;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    @Override
    public void show(Notice notice) {
        LOG.log(notice.level() == Level.WARNING ? Logger.Level.WARNING : Logger.Level.INFO, notice.message());
        onFx(() -> {
            notices.add(notice);
            if (notices.size() > MAX_VISIBLE) {
                notices.remove(0);
            }
        });
    }

    @Override
    public void error(String message, Throwable cause) {
        LOG.log(Logger.Level.ERROR, message, cause);
        onFx(() -> notices.add(new Notice(Level.ERROR, message)));
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
