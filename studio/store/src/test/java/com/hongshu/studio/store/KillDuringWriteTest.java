package com.hongshu.studio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) while it writes loses nothing it had committed, and the workspace opens again. */
class KillDuringWriteTest {

    @TempDir
    Path dir;

    /** The child: commits one setting after another and prints the number of each commit once it returned. */
    public static final class Writer {
        public static void main(String[] args) {
            try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
                SqliteSettingsRepository settings = new SqliteSettingsRepository(ws.database());
                for (int i = 1; ; i++) {
                    settings.put("k" + i, "第" + i + "次 " + "x".repeat(200));
                    System.out.println(i);
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        Path ws = dir.resolve("ws");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), ws.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < 300 && (line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.trim());
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-write
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).isEqualTo(300);

        try (Workspace reopened = Workspace.open(ws, Clock.systemUTC())) {
            int rows = reopened.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM setting")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isGreaterThanOrEqualTo(acknowledged);
            assertThat(new SqliteSettingsRepository(reopened.database()).get("k300")).isPresent();
        }
    }
}
