package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.notes.NoteQuery;
import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteSort;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import com.hongshu.studio.core.notes.UserBlocklist;
import com.hongshu.studio.core.notes.WordingLint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notes list: search, filters and order, read a page at a time (never all rows), multi-select, duplicate, and
 * delete with undo. Owns the composer for the note that is open.
 */
public final class NotesViewModel {

    static final int PAGE = 200;

    private final NoteRepository repo;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final ZoneId zone;
    private final ComposerViewModel composer;
    private final UserBlocklist blocklist;
    private final StringProperty blocklistText = new SimpleStringProperty("");

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<NoteStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<NoteSort> sort = new SimpleObjectProperty<>(NoteSort.UPDATED_NEWEST);
    private final ObservableList<NoteSummary> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty canUndoDelete = new SimpleBooleanProperty(false);
    private final ObservableList<Long> selected = FXCollections.observableArrayList();

    private final ObservableList<com.hongshu.studio.core.notes.MediaUsage> library =
            FXCollections.observableArrayList();
    private List<Long> lastDeleted = List.of();
    private long generation;
    private boolean loadingMore;

    public NotesViewModel(NoteRepository repo, ComposerViewModel composer, UserBlocklist blocklist, TaskRunner tasks,
                          Notifier notifier, I18n i18n, ZoneId zone) {
        this.repo = repo;
        this.blocklist = blocklist;
        this.composer = composer;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.zone = zone;
        search.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
        composer.setOnSaved(this::refresh);
    }

    NoteQuery query() {
        Set<NoteStatus> statuses = status.get() == null ? Set.of() : Set.of(status.get());
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new NoteQuery(search.get(), statuses, start, end, sort.get(), 0, PAGE);
    }

    /** Reads the user's blocked words and hands them to the composer's lint. */
    public void loadBlocklist() {
        tasks.quietly(p -> blocklist.load(), terms -> {
            blocklistText.set(terms.stream().map(t -> t.suggestion().isEmpty() ? t.term()
                    : t.term() + "=" + t.suggestion()).collect(java.util.stream.Collectors.joining("\n")));
            composer.setLint(new WordingLint(terms));
        }, e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    /** Saves {@code text} (one {@code word=suggestion} per line) as the blocklist and applies it. */
    public void saveBlocklist(String text) {
        List<WordingLint.Term> terms = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            String term = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (!term.isEmpty()) {
                terms.add(new WordingLint.Term(term, eq < 0 ? "" : line.substring(eq + 1).strip()));
            }
        }
        tasks.quietly(p -> {
            blocklist.save(terms);
            return blocklist.load();
        }, saved -> {
            blocklistText.set(text);
            composer.setLint(new WordingLint(saved));
        }, e -> notifier.error(i18n.get("notes.save.failed"), e));
    }

    public StringProperty blocklistText() { return blocklistText; }

    /** Reads the first page again; answers to older queries that arrive late are dropped. */
    public void refresh() {
        NoteQuery q = query();
        long mine = ++generation;
        tasks.quietly(p -> new Page(repo.search(q), repo.count(q)), page -> {
            if (mine == generation) {
                rows.setAll(page.rows());
                total.set(page.total());
                loadingMore = false;
            }
        }, e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    /** Appends the next page when the user scrolls to the end of what is loaded. */
    public void loadMore() {
        if (loadingMore || rows.size() >= total.get()) {
            return;
        }
        loadingMore = true;
        NoteQuery q = query().page(rows.size(), PAGE);
        long mine = generation;
        tasks.quietly(p -> repo.search(q), more -> {
            if (mine == generation) {
                rows.addAll(more);
                loadingMore = false;
            }
        }, e -> {
            loadingMore = false;
            notifier.error(i18n.get("notes.list.failed"), e);
        });
    }

    private record Page(List<NoteSummary> rows, long total) {
    }

    public void open(long id) {
        if (composer.openProperty().get() && composer.noteIdProperty().get() == id) {
            return;
        }
        composer.open(id);
    }

    public void newNote() {
        composer.newNote();
    }

    /** Moves the selected notes to the bin; {@link #undoDelete()} brings them back. */
    public void deleteSelected() {
        List<Long> ids = List.copyOf(selected);
        if (ids.isEmpty()) {
            return;
        }
        if (ids.contains(composer.noteIdProperty().get())) {
            composer.leave();
        }
        tasks.quietly(p -> {
            repo.delete(ids);
            return ids;
        }, done -> {
            lastDeleted = done;
            canUndoDelete.set(true);
            notifier.info(i18n.format("notes.list.deleted", done.size()));
            refresh();
        }, e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    public void undoDelete() {
        List<Long> ids = lastDeleted;
        lastDeleted = List.of();
        canUndoDelete.set(false);
        tasks.quietly(p -> {
            repo.restore(ids);
            return ids;
        }, done -> refresh(), e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    public void duplicateSelected() {
        List<Long> ids = List.copyOf(selected);
        tasks.quietly(p -> {
            List<Long> copies = new ArrayList<>();
            for (long id : ids) {
                copies.add(repo.duplicate(id).id());
            }
            return copies;
        }, copies -> {
            notifier.success(i18n.format("notes.list.duplicated", copies.size()));
            refresh();
        }, e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    /** Reads the newest part of the media library with where each item is used. */
    public void loadLibrary() {
        tasks.quietly(p -> repo.mediaLibrary(0, 300), library::setAll,
                e -> notifier.error(i18n.get("notes.list.failed"), e));
    }

    public ObservableList<com.hongshu.studio.core.notes.MediaUsage> library() { return library; }
    public ComposerViewModel composer() { return composer; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<NoteStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<NoteSort> sortProperty() { return sort; }
    public ObservableList<NoteSummary> rows() { return rows; }
    public LongProperty totalProperty() { return total; }
    public BooleanProperty canUndoDeleteProperty() { return canUndoDelete; }
    public ObservableList<Long> selected() { return selected; }
}
