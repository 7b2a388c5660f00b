package com.hongshu.studio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * startup.packaged_ratio: the installed studio (jlink runtime + AppCDS) against a minimal JavaFX window on the plain
 * JDK without CDS, both on the real display ($DISPLAY, e.g. Xvfb). Needs the .deb installed (packaging/check-deb.sh).
 */
@Tag("bench")
class PackagedStartupBench {

    private static final Path LAUNCHER = Path.of("/opt/hongshu-studio/bin/hongshu-studio");

    @TempDir
    Path dir;

    @Test
    void packagedStartupRatio() throws Exception {
        String only = System.getProperty("bench", "");
        Assumptions.assumeTrue("startup.packaged_ratio".startsWith(only) || only.startsWith("startup.packaged"));
        Assumptions.assumeTrue(Files.isExecutable(LAUNCHER), "install the .deb first (packaging/check-deb.sh)");
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display, e.g. Xvfb");
        String ws = dir.resolve("ws").toString();
        List<String> installed = List.of(LAUNCHER.toString(), "--data-dir", ws, "--quit-after-startup");
        List<String> minimal = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:off",
                "-cp", System.getProperty("java.class.path"), MinimalWindow.Launcher.class.getName());
        startupMs(installed);
        startupMs(minimal);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            a.add(startupMs(installed));
            b.add(startupMs(minimal));
        }
        double studio = median(a);
        double plain = median(b);
        System.out.printf("BENCH startup.packaged_ms %.0f ms%n", studio);
        System.out.printf("BENCH startup.minimal_nocds_ms %.0f ms%n", plain);
        System.out.printf("BENCH startup.packaged_ratio %.2f ratio%n", studio / plain);
    }

    private static long startupMs(List<String> command) throws Exception {
        Path out = Files.createTempFile("startup", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().keySet().removeIf(k -> k.startsWith("JAVA_TOOL") || k.equals("_JAVA_OPTIONS"));
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("no first frame within 120 s: " + command);
            }
            return Files.readAllLines(out).stream().filter(l -> l.startsWith("startup_ms="))
                    .mapToLong(l -> Long.parseLong(l.substring(11))).findFirst()
                    .orElseThrow(() -> new AssertionError("no startup_ms from " + command));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
