package com.hongshu.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * startup.ratio: the studio's first frame against a minimal JavaFX window's, both cold JVMs started the same way,
 * alternating, on a workspace holding 100,000 notes (scaled by -Dbench.scale).
 */
@Tag("bench")
class StartupBench {

    @TempDir
    Path dir;

    @Test
    void startupRatio() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue("startup.ratio".startsWith(only) || only.startsWith("startup"));
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int notes = (int) Math.round(100_000 * scale);
        Path workspace = dir.resolve("ws");
        assertThat(JavaFxProcess.run(Main.class, "--data-dir", workspace.toString(), "--quit-after-startup").exit()).isZero();
        BenchWorkspace.fillNotes(workspace, notes);

        int runs = 7;
        List<Long> studio = new ArrayList<>();
        List<Long> minimal = new ArrayList<>();
        JavaFxProcess.run(MinimalWindow.Launcher.class); // warm the OS file cache for both
        JavaFxProcess.run(Main.class, "--data-dir", workspace.toString(), "--quit-after-startup");
        for (int i = 0; i < runs; i++) {
            minimal.add(JavaFxProcess.run(MinimalWindow.Launcher.class).startupMs());
            studio.add(JavaFxProcess.run(Main.class, "--data-dir", workspace.toString(), "--quit-after-startup").startupMs());
        }
        double s = median(studio);
        double m = median(minimal);
        System.out.printf("BENCH startup.studio_ms %.0f ms%n", s);
        System.out.printf("BENCH startup.minimal_ms %.0f ms%n", m);
        System.out.printf("BENCH startup.ratio %.2f ratio%n", s / m);
        System.out.printf("BENCH startup.notes %d notes%n", notes);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
