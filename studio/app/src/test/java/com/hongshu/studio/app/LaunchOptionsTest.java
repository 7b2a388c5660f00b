package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hongshu.studio.core.workspace.DataFolders;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private final Path home = Path.of("/home/li");
    private final Path defaultDir = Path.of("/home/li/.local/share/hongshu-studio");

    @Test
    void withoutOptionsTheDefaultWorkspaceOpens() {
        LaunchOptions o = LaunchOptions.parse(List.of(), defaultDir);
        assertThat(o.dataDir()).isEqualTo(defaultDir);
        assertThat(o.demo()).isFalse();
        assertThat(o.quitAfterStartup()).isFalse();
    }

    @Test
    void theDemoNeverSharesTheUsersFolder() {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo"), defaultDir);
        assertThat(o.dataDir()).isEqualTo(Path.of("/home/li/.local/share/hongshu-studio-demo"));
    }

    @Test
    void dataDirAndQuitAreRead() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/tmp/ws", "--quit-after-startup"), defaultDir);
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/ws"));
        assertThat(o.quitAfterStartup()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--data-dir=/tmp/x"), defaultDir).dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--frobnicate"), defaultDir))
                .hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data-dir"), defaultDir));
    }

    @Test
    void theDefaultFolderFollowsEachOperatingSystem() {
        assertThat(DataFolders.defaultDataDir("Linux", Map.of(), home)).isEqualTo(defaultDir);
        assertThat(DataFolders.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/hongshu-studio"));
        assertThat(DataFolders.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/li/Library/Application Support/Hongshu Studio"));
        assertThat(DataFolders.defaultDataDir("Windows 11", Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"), home)
                .toString()).endsWith("Hongshu Studio");
    }
}
