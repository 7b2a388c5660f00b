package com.hongshu.studio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.media.MediaItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMediaLibraryTest {

    @TempDir
    Path dir;

    @Test
    void theSameBytesAreStoredOnceAndCopiedIntoTheWorkspace() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), Clock.systemUTC())) {
            WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), Clock.systemUTC());
            Path a = Files.write(dir.resolve("a.jpg"), new byte[] {1, 2, 3});
            Path b = Files.write(dir.resolve("copy of a.jpg"), new byte[] {1, 2, 3});

            MediaItem first = library.importFile(a, "image/jpeg", 10, 20);
            MediaItem second = library.importFile(b, "image/jpeg", 10, 20);
            Files.delete(a);

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(library.pathOf(first)).startsWith(ws.mediaDir()).hasBinaryContent(new byte[] {1, 2, 3});
            assertThat(library.find(first.id())).contains(first);
        }
    }

    @Test
    void settingsSurviveReopening() {
        Path wsDir = dir.resolve("ws");
        try (Workspace ws = Workspace.open(wsDir, Clock.systemUTC())) {
            new SqliteSettingsRepository(ws.database()).put("ui.language", "zh-CN");
        }
        try (Workspace ws = Workspace.open(wsDir, Clock.systemUTC())) {
            assertThat(new SqliteSettingsRepository(ws.database()).get("ui.language")).contains("zh-CN");
        }
    }
}
