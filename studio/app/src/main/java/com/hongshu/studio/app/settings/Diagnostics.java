package com.hongshu.studio.app.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip the user can send when something goes wrong: the log files (already redacted), versions and the window
 * settings. Never the database, media or secrets.
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    public static void writeBundle(Path workspaceDir, Path target, String studioVersion) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            String versions = String.join("\n", List.of(
                    "studio=" + studioVersion,
                    "java=" + System.getProperty("java.runtime.version"),
                    "javafx=" + System.getProperty("javafx.runtime.version", "?"),
                    "os=" + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    "locale=" + java.util.Locale.getDefault())) + "\n";
            put(zip, "versions.txt", versions.getBytes(StandardCharsets.UTF_8));
            Path ui = workspaceDir.resolve("ui.properties");
            if (Files.isRegularFile(ui)) {
                put(zip, "ui.properties", Files.readAllBytes(ui));
            }
            Path logs = workspaceDir.resolve("logs");
            if (Files.isDirectory(logs)) {
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                        put(zip, "logs/" + f.getFileName(), Files.readAllBytes(f));
                    }
                }
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
