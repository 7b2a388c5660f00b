package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.notes.media.BadMediaException;
import com.hongshu.studio.app.notes.media.ImageFormat;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.media.MediaLibrary;
import com.hongshu.studio.core.notes.CropRatio;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NoteRules;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The images (or the video) of the note being edited: import, order, cover, crop; every change undoable. */
public final class NoteImagesModel {

    /** What the images need from the workspace. */
    public record Services(MediaImporter importer, MediaLibrary library, Renditions renditions) {
    }

    /** The video of a video note: its item and where its bytes are. */
    public record VideoEntry(MediaItem item, Path file) {
    }

    private final Services media;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final UndoStack undo;
    private final Runnable changed;
    private final ObservableList<ImageEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<VideoEntry> video = new SimpleObjectProperty<>();
    private long videoCoverMillis;

    NoteImagesModel(Services media, TaskRunner tasks, Notifier notifier, I18n i18n, UndoStack undo,
                    Runnable changed) {
        this.media = media;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.undo = undo;
        this.changed = changed;
    }

    /** Blocking: the note's media items with their cached copies (made again if the cache was cleared). */
    List<ImageEntry> load(Note note) throws Exception {
        List<ImageEntry> out = new ArrayList<>();
        for (NoteImage image : note.images()) {
            MediaItem item = media.library().find(image.mediaId())
                    .orElseThrow(() -> new IllegalStateException("media " + image.mediaId() + " is gone"));
            try {
                media.renditions().ensure(item);
            } catch (BadMediaException e) {
                // the original changed on disk; show the entry without a picture rather than losing the note
            }
            out.add(new ImageEntry(image, item, media.renditions().thumb(item), media.renditions().display(item)));
        }
        if (note.videoMediaId() != null) {
            media.library().find(note.videoMediaId()).ifPresent(item ->
                    out.add(new ImageEntry(null, item, null, media.library().pathOf(item))));
        }
        return out;
    }

    void show(Note note, List<ImageEntry> loaded) {
        entries.setAll(loaded.stream().filter(e -> e.image() != null).toList());
        video.set(loaded.stream().filter(e -> e.image() == null).findFirst()
                .map(e -> new VideoEntry(e.item(), e.display())).orElse(null));
        videoCoverMillis = note.videoCoverMillis();
    }

    /** Imports picked, dropped or pasted files off the FX thread; a bad file gets a message, the others still come. */
    public void addFiles(List<Path> files) {
        int room = NoteRules.CURRENT.maxImages() - entries.size();
        List<Path> picked = List.copyOf(files);
        tasks.submit(i18n.get("notes.media.importing"), progress -> {
            List<ImageEntry> added = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            VideoEntry newVideo = null;
            int done = 0;
            for (Path file : picked) {
                progress.update((double) done++ / picked.size(), file.getFileName().toString());
                String name = file.getFileName().toString();
                try {
                    if (isVideo(file)) {
                        MediaItem item = media.importer().importVideo(file);
                        newVideo = new VideoEntry(item, media.library().pathOf(item));
                    } else if (added.size() >= room) {
                        problems.add(i18n.format("notes.media.tooMany", NoteRules.CURRENT.maxImages()));
                        break;
                    } else {
                        MediaItem item = media.importer().importImage(file);
                        added.add(new ImageEntry(NoteImage.of(item.id()), item, media.renditions().thumb(item),
                                media.renditions().display(item)));
                    }
                } catch (BadMediaException e) {
                    problems.add(i18n.format(e.messageKey(), name));
                }
            }
            return new Imported(List.copyOf(added), List.copyOf(problems), newVideo);
        }, result -> {
            if (!result.added().isEmpty()) {
                edit(list -> list.addAll(result.added()));
            }
            if (result.video() != null) {
                setVideo(result.video());
            }
            result.problems().forEach(notifier::warn);
        }, e -> notifier.error(i18n.get("notes.media.importFailed"), e));
    }

    private record Imported(List<ImageEntry> added, List<String> problems, VideoEntry video) {
    }

    private static boolean isVideo(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageFormat.sniff(in.readNBytes(32)).isVideo();
        } catch (Exception e) {
            return false;
        }
    }

    public void move(int from, int to) {
        if (from == to || from < 0 || from >= entries.size()) {
            return;
        }
        int target = Math.max(0, Math.min(to, entries.size() - 1));
        edit(list -> list.add(target, list.remove(from)));
    }

    /** The platform shows the first image as the cover: choosing a cover moves it to the front. */
    public void makeCover(int index) {
        move(index, 0);
    }

    public void remove(int index) {
        if (index >= 0 && index < entries.size()) {
            edit(list -> list.remove(index));
        }
    }

    /** Crops non-destructively (the rectangle is stored, not new pixels); null ratio removes the crop. */
    public void crop(int index, CropRatio ratio) {
        ImageEntry e = entries.get(index);
        Integer w = e.item().width();
        Integer h = e.item().height();
        if (ratio != null && (w == null || h == null)) {
            return;
        }
        NoteImage cropped = e.image().withCrop(ratio == null ? null : ratio.centredIn(w, h));
        edit(list -> list.set(index, e.withImage(cropped)));
    }

    private void setVideo(VideoEntry newVideo) {
        VideoEntry before = video.get();
        video.set(newVideo);
        undo.record(new UndoStack.Command() {
            @Override
            public void undo() {
                video.set(before);
            }

            @Override
            public void redo() {
                video.set(newVideo);
            }
        });
        changed.run();
    }

    public void removeVideo() {
        if (video.get() != null) {
            setVideo(null);
        }
    }

    public void setVideoCoverMillis(long millis) {
        videoCoverMillis = Math.max(0, millis);
        changed.run();
    }

    private void edit(java.util.function.Consumer<List<ImageEntry>> change) {
        List<ImageEntry> before = List.copyOf(entries);
        List<ImageEntry> working = new ArrayList<>(before);
        change.accept(working);
        entries.setAll(working);
        undo.record(new Edits.ListEdit<>(entries, before, List.copyOf(working)));
        changed.run();
    }

    /** The originals in order (images, then the video) for an export. */
    List<NoteExporter.MediaFile> originals() {
        List<NoteExporter.MediaFile> out = new ArrayList<>();
        for (ImageEntry e : entries) {
            out.add(new NoteExporter.MediaFile(media.library().pathOf(e.item()), extension(e.item().mimeType())));
        }
        if (video.get() != null) {
            out.add(new NoteExporter.MediaFile(video.get().file(), "mp4"));
        }
        return List.copyOf(out);
    }

    private static String extension(String mime) {
        for (ImageFormat f : ImageFormat.values()) {
            if (f.mime().equals(mime)) {
                return f.extension();
            }
        }
        return "bin";
    }

    /** A pasted picture (not a file): written to a temporary PNG off the FX thread, then imported like a file. */
    public void addPasted(java.awt.image.BufferedImage picture) {
        tasks.quietly(progress -> {
            Path temp = Files.createTempFile("hongshu-paste-", ".png");
            javax.imageio.ImageIO.write(picture, "png", temp.toFile());
            return temp;
        }, temp -> addFiles(List.of(temp)), e -> notifier.error(i18n.get("notes.media.importFailed"), e));
    }

    /** Adds items already in the media library (reuse across notes). */
    public void addExisting(List<MediaItem> items) {
        int room = NoteRules.CURRENT.maxImages() - entries.size();
        List<MediaItem> picked = items.stream().filter(i -> i.mimeType().startsWith("image/")).limit(Math.max(0, room))
                .toList();
        tasks.quietly(progress -> {
            List<ImageEntry> out = new ArrayList<>();
            for (MediaItem item : picked) {
                try {
                    media.renditions().ensure(item);
                } catch (BadMediaException e) {
                    continue;
                }
                out.add(new ImageEntry(NoteImage.of(item.id()), item, media.renditions().thumb(item),
                        media.renditions().display(item)));
            }
            return List.copyOf(out);
        }, added -> {
            if (!added.isEmpty()) {
                edit(list -> list.addAll(added));
            }
        }, e -> notifier.error(i18n.get("notes.media.importFailed"), e));
    }

    NoteKind kind() {
        return video.get() != null ? NoteKind.VIDEO : NoteKind.IMAGE;
    }

    List<NoteImage> noteImages() {
        return entries.stream().map(ImageEntry::image).toList();
    }

    Long videoMediaId() {
        return video.get() == null ? null : video.get().item().id();
    }

    long videoCoverMillis() {
        return videoCoverMillis;
    }

    public ObservableList<ImageEntry> entries() {
        return entries;
    }

    public ObjectProperty<VideoEntry> videoProperty() {
        return video;
    }
}
