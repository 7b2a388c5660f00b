package com.hongshu.studio.app;

import com.hongshu.studio.app.calendar.CalendarModule;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.app.dashboard.DashboardModule;
import com.hongshu.studio.app.notes.NotesDemoData;
import com.hongshu.studio.app.notes.NotesModule;
import com.hongshu.studio.app.products.ProductsModule;
import com.hongshu.studio.app.settings.SettingsView;
import com.hongshu.studio.app.settings.SettingsViewModel;
import com.hongshu.studio.app.settings.WorkspaceActions;
import com.hongshu.studio.app.shell.Screen;
import com.hongshu.studio.app.shell.Section;
import com.hongshu.studio.app.shell.UiPreferences;
import com.hongshu.studio.app.sync.SyncModule;
import com.hongshu.studio.store.Backups;
import com.hongshu.studio.store.Workspace;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Wires everything with the lifetime of an open workspace, by constructor, in one place. Created off the FX thread's
 * critical path once the workspace database is open.
 */
public final class CompositionRoot implements AutoCloseable {

    /** Resource bundles under {@code i18n/}, one per area of the UI. */
    public static final List<String> BUNDLES = List.of("shell", "settings", "notes", "calendar", "sync", "products",
            "dashboard", "accounts");

    /** Daily backups kept in the workspace's backups folder. */
    public static final int BACKUPS_KEPT = 7;

    private final Workspace workspace;
    private final Backups backups;
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);
    private final NotesModule notes;
    private final SyncModule sync;
    private final ProductsModule products;

    public CompositionRoot(Workspace workspace, Clock clock, I18n i18n, TaskRunner tasks, Notifier notifier,
                           UiPreferences prefs, Locale systemLocale, WorkspaceActions actions, boolean demo) {
        this.workspace = workspace;
        this.backups = new Backups(workspace.database(), workspace.backupsDir(), clock, BACKUPS_KEPT);
        sync = SyncModule.forApp(workspace, clock, i18n, tasks, notifier, actions::browse);
        products = new ProductsModule(workspace, clock, i18n, tasks, notifier, sync.outbox());
        notes = NotesModule.forApp(workspace, clock, i18n, tasks, notifier, products.links(), sync.publishing());
        products.onChange(notes.viewModel().composer()::refreshProducts);
        sync.onNotesChanged(notes::refresh);
        sync.viewModel().onZoneChanged(() -> {
            if (notes.viewModel().composer().account() != null) {
                notes.viewModel().composer().account().reload();
            }
        });
        screens.put(Section.SYNC, new Screen(sync::view, sync::refresh));
        screens.put(Section.NOTES, new Screen(notes::view, notes::refresh));
        screens.put(Section.PRODUCTS, new Screen(products::view, products::refresh));
        LongConsumer openNote = id -> {
            actions.openSection(Section.NOTES);
            notes.viewModel().open(id);
        };
        CalendarModule calendar = new CalendarModule(workspace, clock, i18n, tasks, notifier, notes,
                sync.publishing(), openNote);
        screens.put(Section.CALENDAR, new Screen(calendar::view, calendar::refresh));
        DashboardModule dashboard = new DashboardModule(workspace, clock, i18n, tasks, notifier,
                products.linkedStock(), openNote);
        screens.put(Section.DASHBOARD, new Screen(dashboard::view, dashboard::refresh));
        products.onChange(dashboard::refresh);
        sync.connectPullSinks(dashboard.pulledStats().statsSink(), dashboard.pulledStats().dailySink(),
                products.orderSink());
        SettingsViewModel settings = new SettingsViewModel(prefs, i18n, systemLocale, workspace.dir(), backups, tasks,
                notifier, actions);
        screens.put(Section.SETTINGS, new Screen(() -> new SettingsView(settings, i18n).build(), settings::refresh));
        sync.start(demo ? () -> NotesDemoData.queueScheduled(workspace, sync.publishing()) : () -> { });
    }

    public Backups backups() {
        return backups;
    }

    public Map<Section, Screen> screens() {
        return screens;
    }

    /** Small live indicators for the status bar (sync queue, low stock, ...). */
    public List<Supplier<Node>> statusItems() {
        return List.of(sync::badge, products::statusItem);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        notes.close();
        sync.close();
        workspace.close();
    }
}
