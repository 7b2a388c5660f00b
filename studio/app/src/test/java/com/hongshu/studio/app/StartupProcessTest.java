package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the studio as an operator would, in its own JVM: {@code --quit-after-startup} on a chosen data folder. */
class StartupProcessTest {

    @TempDir
    Path dir;

    @Test
    void startingTwiceMigratesOnlyTheFirstTime() throws Exception {
        JavaFxProcess.Run first = start(dir);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("startup_ms=\\d+")
                .contains("schema_migration=0->" + Database.latestSchemaVersion());

        JavaFxProcess.Run second = start(dir);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern("startup_ms=\\d+").contains("schema_migration=none");
    }

    @Test
    void aWorkspaceFromANewerStudioIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("studio.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mine(x)");
            s.execute("PRAGMA user_version=" + (Database.latestSchemaVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        JavaFxProcess.Run run = start(dir);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("newer version of Hongshu Studio");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static JavaFxProcess.Run start(Path dataDir) throws Exception {
        return JavaFxProcess.run(Main.class, "--data-dir", dataDir.toString(), "--quit-after-startup");
    }
}
