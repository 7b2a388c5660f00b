package com.hongshu.studio.app.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The test twin of {@link FxNotifier}: remembers what the user would have been told. */
public final class RecordingNotifier implements Notifier {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final List<Throwable> causes = new CopyOnWriteArrayList<>();

    @Override
    public void show(Notice notice) {
        notices.add(notice);
    }

    @Override
    public void error(String message, Throwable cause) {
        notices.add(new Notice(Level.ERROR, message));
        causes.add(cause);
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public List<Throwable> causes() {
        return List.copyOf(causes);
    }
}
