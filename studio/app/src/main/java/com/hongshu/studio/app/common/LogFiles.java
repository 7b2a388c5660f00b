package com.hongshu.studio.app.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Rotating log files in the workspace's {@code logs/} folder (5 files of 2 MB). Every line passes through
 * {@link #redact} so tokens, secrets and signatures never reach a file.
 */
public final class LogFiles {

    public static final String PATTERN = "studio-%g.log";
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(\"?(?:access_?token|refresh_?token|app_?secret|secret|sign|password|authorization|x-upload-token)\"?"
                    + "\\s*[:=]\\s*\"?)([^\"&,\\s}]+)");

    private LogFiles() {
    }

    /** Sends the whole application's logging to {@code dir}; returns the handler so it can be closed. */
    public static FileHandler install(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileHandler handler = new FileHandler(dir.resolve(PATTERN).toString(), 2_000_000, 5, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new RedactingFormatter());
        handler.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    public static String redact(String text) {
        return text == null ? null : SECRET.matcher(text).replaceAll("$1***");
    }

    static final class RedactingFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return redact(line.toString());
        }
    }
}
