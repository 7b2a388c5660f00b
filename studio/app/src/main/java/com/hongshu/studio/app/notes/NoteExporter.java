package com.hongshu.studio.app.notes;

import com.hongshu.studio.core.notes.Note;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a note as a folder for posting by hand from a phone: the images numbered in order (01.jpg, 02.png, ...),
 * the video if any, and {@code note.txt} with the title, the text, the topics and the mentions.
 */
public final class NoteExporter {

    /** An original file of the note and its extension. */
    public record MediaFile(Path file, String extension) {
    }

    private NoteExporter() {
    }

    public static Path export(Note note, List<MediaFile> media, Path parent) throws IOException {
        String name = folderName(note);
        Path dir = parent.resolve(name);
        for (int n = 2; Files.exists(dir); n++) {
            dir = parent.resolve(name + " (" + n + ")");
        }
        Files.createDirectories(dir);
        for (int i = 0; i < media.size(); i++) {
            MediaFile m = media.get(i);
            Files.copy(m.file(), dir.resolve(String.format("%02d.%s", i + 1, m.extension())),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        StringBuilder text = new StringBuilder();
        text.append(note.title()).append("\n\n").append(note.body()).append("\n");
        if (!note.topics().isEmpty()) {
            text.append("\n");
            note.topics().forEach(t -> text.append('#').append(t).append("# "));
            text.append("\n");
        }
        if (!note.mentions().isEmpty()) {
            note.mentions().forEach(m -> text.append('@').append(m).append(' '));
            text.append("\n");
        }
        if (note.location() != null) {
            text.append("📍").append(note.location()).append("\n");
        }
        Files.writeString(dir.resolve("note.txt"), text, StandardCharsets.UTF_8);
        return dir;
    }

    static String folderName(Note note) {
        String base = note.title().isBlank() ? "note-" + note.id() : note.title().strip();
        String safe = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }
}
