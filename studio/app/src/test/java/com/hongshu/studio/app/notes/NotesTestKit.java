package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.notes.ProductLinks;
import com.hongshu.studio.core.notes.UserBlocklist;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** A notes screen's view models over a real workspace file, with in-thread tasks and a manual autosave timer. */
final class NotesTestKit implements AutoCloseable {

    final Workspace ws;
    final SqliteNoteRepository repo;
    final RecordingNotifier notifier = new RecordingNotifier();
    final Debouncer.Manual autosave = new Debouncer.Manual();
    final I18n i18n;
    final NotesViewModel list;
    final ComposerViewModel composer;
    final Renditions renditions;

    NotesTestKit(Path dir, Clock clock, Locale locale) {
        this(dir, clock, locale, new InThreadTaskRunner(), null);
    }

    NotesTestKit(Path dir, Clock clock, Locale locale, com.hongshu.studio.app.common.TaskRunner tasks,
                 Debouncer debouncer) {
        ws = Workspace.open(dir, clock);
        repo = new SqliteNoteRepository(ws.database(), clock);
        i18n = new I18n(locale, List.of("notes"));
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        renditions = new Renditions(ws.cacheDir(), library, new ImageIoDecoder());
        composer = new ComposerViewModel(repo,
                new NoteImagesModel.Services(new MediaImporter(library, renditions), library, renditions), tasks,
                notifier, i18n, clock, debouncer == null ? autosave : debouncer, ProductLinks.NONE);
        list = new NotesViewModel(repo, composer, new UserBlocklist(new SqliteSettingsRepository(ws.database())),
                tasks, notifier, i18n, clock.getZone());
    }

    @Override
    public void close() {
        ws.close();
    }
}
