package com.hongshu.studio.app.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the window remembers between runs (size, position, section, language, theme). Kept in a small file beside the
 * database so it is known before the first frame, without waiting for SQLite to open.
 */
public record UiState(double x, double y, double width, double height, boolean maximized, Section section,
                      String language, String theme, String fontFamily) {

    public static final String FILE = "ui.properties";
    public static final String SYSTEM = "system";
    private static final Logger LOG = System.getLogger("studio.ui");

    public static UiState defaults() {
        return new UiState(Double.NaN, Double.NaN, 1280, 800, false, Section.NOTES, SYSTEM, "light", "");
    }

    public static UiState load(Path dir) {
        Path file = dir.resolve(FILE);
        UiState d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Logger.Level.WARNING, "window state unreadable, using defaults", e);
            return d;
        }
        return new UiState(num(p, "x", d.x), num(p, "y", d.y), Math.max(640, num(p, "width", d.width)),
                Math.max(480, num(p, "height", d.height)), Boolean.parseBoolean(p.getProperty("maximized")),
                section(p.getProperty("section"), d.section), p.getProperty("language", d.language),
                p.getProperty("theme", d.theme), p.getProperty("font", d.fontFamily));
    }

    public void save(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("section", section.name());
        p.setProperty("language", language);
        p.setProperty("theme", theme);
        p.setProperty("font", fontFamily);
        Files.createDirectories(dir);
        Path temp = dir.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "Hongshu Studio window state");
        }
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public UiState withSection(Section s) {
        return new UiState(x, y, width, height, maximized, s, language, theme, fontFamily);
    }

    public UiState withLanguage(String l) {
        return new UiState(x, y, width, height, maximized, section, l, theme, fontFamily);
    }

    public UiState withTheme(String t) {
        return new UiState(x, y, width, height, maximized, section, language, t, fontFamily);
    }

    public UiState withBounds(double nx, double ny, double w, double h, boolean max) {
        return new UiState(nx, ny, w, h, max, section, language, theme, fontFamily);
    }

    /** The CJK font family found on this computer, remembered so the next start needs no font scan. */
    public UiState withFontFamily(String f) {
        return new UiState(x, y, width, height, maximized, section, language, theme, f);
    }

    private static double num(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Section section(String name, Section fallback) {
        try {
            return name == null ? fallback : Section.valueOf(name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
