package com.hongshu.studio.app.calendar;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.notes.ComposerViewModel;
import com.hongshu.studio.app.notes.NotesModule;
import com.hongshu.studio.core.calendar.CalendarSettingsStore;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.sync.SqliteAccountOwnership;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import com.hongshu.studio.core.sync.AccountOwnership;
import com.hongshu.studio.core.sync.SyncAccount;
import java.time.Clock;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/**
 * Wires the calendar for one workspace, and links it with the notes screen: double-click opens a note there, a note
 * moved here is read again by an editor holding it, and the composer gets "next free slot".
 */
public final class CalendarModule {

    private final CalendarViewModel vm;
    private final CalendarSettingsViewModel settings;
    private final I18n i18n;
    private final ComposerViewModel composer;

    /**
     * @param publishing how a move is recorded (the sync feature's implementation queues the platform operations)
     * @param showNote   opens a note in the Notes section
     */
    public CalendarModule(Workspace ws, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                          NotesModule notes, NotePublishing publishing, LongConsumer showNote) {
        this.i18n = i18n;
        this.composer = notes.viewModel().composer();
        CalendarSettingsStore store = new CalendarSettingsStore(new SqliteSettingsRepository(ws.database()));
        SqliteSyncAccountRepository accounts = new SqliteSyncAccountRepository(ws.database());
        SqliteAccountOwnership owners = new SqliteAccountOwnership(ws.database());
        this.vm = new CalendarViewModel(notes.repository(), publishing, store, accounts, tasks, notifier, i18n, clock,
                new CalendarViewModel.NotesLink() {
                    @Override
                    public void open(long noteId) {
                        showNote.accept(noteId);
                    }

                    @Override
                    public void rescheduled(long noteId) {
                        if (composer.openProperty().get() && composer.noteIdProperty().get() == noteId) {
                            composer.open(noteId); // its in-memory copy still has the old time
                        }
                    }
                });
        this.settings = new CalendarSettingsViewModel(vm, store, tasks, notifier, i18n);
        // The zone once set on the calendar belongs to the first account now; moved at start when there is one
        // already (otherwise on the calendar's first refresh), so that the Sync screen shows it too.
        tasks.quietly(p -> store.moveLegacyZone(accounts, clock.instant()), moved -> { },
                e -> System.getLogger(CalendarModule.class.getName()).log(System.Logger.Level.WARNING,
                        "moving the calendar's zone onto the first account failed", e));
        composer.setNextSlot(new ComposerViewModel.NextSlot() {
            @Override
            public java.util.Optional<java.time.Instant> find(long noteId, java.time.Instant after) {
                // The note's own account: its slots in its zone, against its other notes.
                long account = owners.of(AccountOwnership.Item.NOTE, noteId).accountId();
                java.time.ZoneId zone = accounts.find(account).map(SyncAccount::zone)
                        .orElse(com.hongshu.studio.core.calendar.CalendarSettings.DEFAULT_ZONE);
                return vm.planner().nextFree(account, zone, noteId, after).map(s -> s.at());
            }

            @Override
            public String describe(java.time.ZoneId zone, java.time.Instant at) {
                return vm.describe(zone, at);
            }
        });
    }

    public Node view() {
        return new CalendarView(vm, settings, i18n).build();
    }

    /** Each time the section opens: edits typed in the composer are written first, so a move cannot race them. */
    public void refresh() {
        composer.saveNow();
        vm.refresh();
    }

    public CalendarViewModel viewModel() {
        return vm;
    }

    public CalendarSettingsViewModel settings() {
        return settings;
    }
}
