package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.notes.media.FxDecoder;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.ProductLinks;
import com.hongshu.studio.core.notes.UserBlocklist;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.sync.SqliteAccountOwnership;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import com.hongshu.studio.core.sync.AccountOwnership;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.scene.Node;

/** Wires the notes screen for one workspace (called from the composition root, so that its edit stays one line). */
public final class NotesModule {

    private final NotesViewModel vm;
    private final Renditions renditions;
    private final I18n i18n;
    private final ZoneId zone;
    private final SqliteNoteRepository repo;

    public NotesModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier, Debouncer autosave,
                       ProductLinks products) {
        this(ws, clock, i18n, tasks, notifier, autosave, products, null);
    }

    /** {@code publishing} null: only the note's status is recorded (no sync wired). */
    public NotesModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier, Debouncer autosave,
                       ProductLinks products, NotePublishing publishing) {
        this.i18n = i18n;
        this.zone = clock.getZone();
        this.repo = new SqliteNoteRepository(ws.database(), clock);
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        this.renditions = new Renditions(ws.cacheDir(), library, new FxDecoder(new ImageIoDecoder()));
        UserBlocklist blocklist = new UserBlocklist(new SqliteSettingsRepository(ws.database()));
        ComposerViewModel composer = new ComposerViewModel(repo,
                new NoteImagesModel.Services(new MediaImporter(library, renditions), library, renditions), tasks,
                notifier, i18n, clock, autosave, products,
                publishing != null ? publishing : new NotePublishing.Local(repo));
        if (publishing != null) { // sync is wired: notes belong to accounts
            composer.useAccounts(new AccountPickerModel(new SqliteSyncAccountRepository(ws.database()),
                    new SqliteAccountOwnership(ws.database()), AccountOwnership.Item.NOTE, tasks, notifier, i18n));
        }
        this.vm = new NotesViewModel(repo, composer, blocklist, tasks, notifier, i18n, zone);
    }

    /** The app's wiring: autosave about a second after the last keystroke, no products port. */
    public static NotesModule forApp(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier) {
        return forApp(ws, clock, i18n, tasks, notifier, ProductLinks.NONE, null);
    }

    public static NotesModule forApp(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                                     NotePublishing publishing) {
        return forApp(ws, clock, i18n, tasks, notifier, ProductLinks.NONE, publishing);
    }

    /** The app's wiring with the products screen's port (picker, names, stock warnings) and the publishing port. */
    public static NotesModule forApp(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                                     ProductLinks products, NotePublishing publishing) {
        return new NotesModule(ws, clock, i18n, tasks, notifier, new FxDebouncer(Duration.ofMillis(1000)),
                products, publishing);
    }

    public Node view() {
        return new NotesView(vm, i18n, zone, renditions).build();
    }

    public void refresh() {
        vm.refresh();
        vm.loadBlocklist();
    }

    /** Saves what the user typed last; called when the workspace closes. */
    public void close() {
        vm.composer().saveBeforeExit();
    }

    public NotesViewModel viewModel() {
        return vm;
    }

    public SqliteNoteRepository repository() {
        return repo;
    }
}
