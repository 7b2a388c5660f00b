package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the studio as an operator would, in its own JVM: {@code --quit-after-startup} on a chosen data folder. */
class StartupProcessTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void startingTwiceMigratesOnlyTheFirstTime() throws Exception {
        Run first = start(dir);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("startup_ms=\\d+")
                .contains("schema_migration=0->" + Database.latestSchemaVersion());

        Run second = start(dir);
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

        Run run = start(dir);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("newer version of Hongshu Studio");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static Run start(Path dataDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Duser.language=en");
        cmd.add("-Duser.country=US");
        cmd.add(Main.class.getName());
        cmd.add("--data-dir");
        cmd.add(dataDir.toString());
        cmd.add("--quit-after-startup");
        Path out = Files.createTempFile("studio-out", ".txt");
        Path err = Files.createTempFile("studio-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the studio did not quit after startup");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
