package com.hongshu.studio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a JavaFX main class in its own JVM with this test run's class path and headless settings. */
final class JavaFxProcess {

    record Run(int exit, String out, String err) {
        long startupMs() {
            return out.lines().filter(l -> l.startsWith("startup_ms=")).mapToLong(l -> Long.parseLong(l.substring(11)))
                    .findFirst().orElseThrow(() -> new AssertionError("no startup_ms in: " + out + err));
        }
    }

    private JavaFxProcess() {
    }

    static Run run(Class<?> mainClass, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("studio-out", ".txt");
        Path err = Files.createTempFile("studio-err", ".txt");
        try {
            Process p = new ProcessBuilder(command(mainClass, args)).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the process did not quit after startup");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts without waiting; standard output goes to {@code out}. */
    static Process start(Path out, Class<?> mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, args)).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> command(Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless",
                "headless.geometry")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Duser.language=en");
        cmd.add("-Duser.country=US");
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
