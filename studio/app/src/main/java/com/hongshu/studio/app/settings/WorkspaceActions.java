package com.hongshu.studio.app.settings;

import java.nio.file.Path;

/** What Settings asks of the application that owns the open workspace. */
public interface WorkspaceActions {

    /** Closes the workspace, restores {@code backup} over it (after checking it), and opens it again. */
    void restore(Path backup);

    void openFolder(Path folder);

    /** Switches the main window to {@code section} (e.g. the dashboard opening a note in Notes). */
    default void openSection(com.hongshu.studio.app.shell.Section section) {
    }
}
