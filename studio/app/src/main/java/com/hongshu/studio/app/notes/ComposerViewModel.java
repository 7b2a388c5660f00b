package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.accounts.AccountPickerModel;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.notes.Declaration;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.core.notes.NoteRepository;
import com.hongshu.studio.core.notes.NoteRules;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteValidator;
import com.hongshu.studio.core.notes.ProductLinks;
import com.hongshu.studio.core.notes.Violation;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.core.notes.WordingLint;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The note being written: its fields as properties, live counters and rule checks, undo/redo, and autosave (about a
 * second after the last change, off the FX thread, and at once when switching notes or closing). Images live in
 * {@link NoteImagesModel}.
 */
public final class ComposerViewModel {

    public enum SaveState { SAVED, PENDING, SAVING, FAILED }

    private final NoteRepository repo;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final Debouncer debouncer;
    private final ProductLinks products;
    private final NotePublishing publishing;
    private final UndoStack undo = new UndoStack();
    private final NoteImagesModel images;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final LongProperty noteId = new SimpleLongProperty(0);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<Visibility> visibility = new SimpleObjectProperty<>(Visibility.PUBLIC);
    private final Map<Declaration, BooleanProperty> declarations = new EnumMap<>(Declaration.class);
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<String> mentions = FXCollections.observableArrayList();
    private final ObservableList<Long> linkedProductIds = FXCollections.observableArrayList();
    private final ObservableList<ProductLinks.LinkedProduct> linkedProducts = FXCollections.observableArrayList();
    private final ObservableList<ProductLinks.StockWarning> stockWarnings = FXCollections.observableArrayList();
    private boolean maySell;
    private final ObjectProperty<NoteStatus> status = new SimpleObjectProperty<>(NoteStatus.DRAFT);
    private final IntegerProperty titleCount = new SimpleIntegerProperty();
    private final IntegerProperty bodyCount = new SimpleIntegerProperty();
    private final BooleanProperty titleOver = new SimpleBooleanProperty();
    private final BooleanProperty bodyOver = new SimpleBooleanProperty();
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final ObservableList<WordingLint.Hit> lintHits = FXCollections.observableArrayList();
    private final BooleanProperty blocking = new SimpleBooleanProperty(true);
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObservableList<String> topicSuggestions = FXCollections.observableArrayList();

    private Note base;
    private WordingLint lint;
    private boolean loading;
    private boolean saving;
    private long editVersion;
    private long savedVersion;
    private long session;
    private long inFlightVersion;
    private Note queued;
    private Runnable onSaved = () -> { };
    private AccountPickerModel account;

    public ComposerViewModel(NoteRepository repo, NoteImagesModel.Services media, TaskRunner tasks,
                             Notifier notifier, I18n i18n, Clock clock, Debouncer debouncer,
                             ProductLinks products) {
        this(repo, media, tasks, notifier, i18n, clock, debouncer, products, new NotePublishing.Local(repo));
    }

    /** {@code publishing}: what "publish" and "schedule" do (the sync feature queues the platform operations). */
    public ComposerViewModel(NoteRepository repo, NoteImagesModel.Services media, TaskRunner tasks,
                             Notifier notifier, I18n i18n, Clock clock, Debouncer debouncer,
                             ProductLinks products, NotePublishing publishing) {
        this.publishing = publishing;
        this.repo = repo;
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.debouncer = debouncer;
        this.products = products;
        this.lint = new WordingLint(List.of());
        this.images = new NoteImagesModel(media, tasks, notifier, i18n, undo, this::changed);
        for (Declaration d : Declaration.values()) {
            BooleanProperty p = new SimpleBooleanProperty(false);
            declarations.put(d, p);
            track(p);
        }
        track(title);
        track(body);
        track(location);
        track(visibility);
        linkedProductIds.addListener((javafx.collections.ListChangeListener<Long>) c -> {
            if (!loading) {
                refreshProducts();
            }
        });
    }

    /**
     * Reads the linked products' names and stock warnings (sold out now, or by the scheduled time) off the FX thread,
     * and whether the account may bind products at all.
     */
    public void refreshProducts() {
        List<Long> ids = List.copyOf(linkedProductIds);
        Instant at = base == null || status.get() != NoteStatus.SCHEDULED ? null : base.scheduledAt();
        long mySession = session;
        tasks.quietly(p -> new ProductState(products.accountMaySell(), products.describe(ids),
                products.stockWarnings(ids, at)), state -> {
                    if (mySession == session && ids.equals(linkedProductIds)) {
                        maySell = state.maySell();
                        linkedProducts.setAll(state.names());
                        stockWarnings.setAll(state.warnings());
                        revalidate();
                    }
                }, e -> notifier.error(i18n.get("notes.products.failed"), e));
    }

    private record ProductState(boolean maySell, List<ProductLinks.LinkedProduct> names,
                                List<ProductLinks.StockWarning> warnings) {
    }

    /** The picker's search over the products (off the FX thread). */
    public void searchProducts(String text, java.util.function.Consumer<List<ProductLinks.LinkedProduct>> found) {
        tasks.quietly(p -> products.search(text, 100), found,
                e -> notifier.error(i18n.get("notes.products.failed"), e));
    }

    private <T> void track(Property<T> property) {
        property.addListener((obs, before, after) -> {
            if (!loading) {
                undo.record(new Edits.PropertyEdit<>(property, before, after));
                changed();
            }
        });
    }

    /** Starts a new draft and stores it at once, so that it shows in the list. */
    public void newNote() {
        leave();
        show(Note.draft(clock.instant()), List.of());
        editVersion = 1;
        saveNow();
    }

    /** Opens a stored note (read off the FX thread). */
    public void open(long id) {
        leave();
        long mySession = session;
        tasks.quietly(p -> {
            Note note = repo.findById(id).orElseThrow(() -> new IllegalStateException("note " + id + " is gone"));
            return new Loaded(note, images.load(note));
        }, loaded -> {
            if (mySession == session) {
                show(loaded.note(), loaded.entries());
            }
        }, e -> notifier.error(i18n.get("notes.open.failed"), e));
    }

    private record Loaded(Note note, List<ImageEntry> entries) {
    }

    /** Saves what is pending and closes the note (before switching to another one). */
    public void leave() {
        debouncer.flush();
        if (editVersion != savedVersion) {
            if (!saving) {
                saveNow();
            } else if (inFlightVersion != editVersion) {
                queued = snapshot(); // written as soon as the save in flight is done (it may be assigning the id)
            }
        }
        session++;
        open.set(false);
    }

    private void show(Note note, List<ImageEntry> entries) {
        loading = true;
        try {
            base = note;
            noteId.set(note.id());
            title.set(note.title());
            body.set(note.body());
            location.set(note.location() == null ? "" : note.location());
            visibility.set(note.visibility());
            declarations.forEach((d, p) -> p.set(note.declarations().contains(d)));
            topics.setAll(note.topics());
            mentions.setAll(note.mentions());
            linkedProductIds.setAll(note.linkedProductIds());
            status.set(note.status());
            images.show(note, entries);
            linkedProducts.clear();
            stockWarnings.clear();
        } finally {
            loading = false;
        }
        refreshProducts();
        if (account != null) {
            account.show(note.id());
        }
        undo.clear();
        editVersion = 0;
        savedVersion = 0;
        saveState.set(SaveState.SAVED);
        revalidate();
        open.set(true);
    }

    /** Every edit comes here: counters and rules are checked again and a save is scheduled. */
    void changed() {
        if (loading) {
            return;
        }
        editVersion++;
        saveState.set(SaveState.PENDING);
        revalidate();
        debouncer.trigger(this::saveNow);
    }

    /** Saves off the FX thread if anything changed since the last save; one save at a time. */
    public void saveNow() {
        if (base == null || saving || editVersion == savedVersion) {
            return;
        }
        Note snapshot = snapshot();
        long version = editVersion;
        long mySession = session;
        saving = true;
        inFlightVersion = version;
        saveState.set(SaveState.SAVING);
        tasks.quietly(p -> repo.save(snapshot), saved -> {
            saving = false;
            Note left = queued;
            queued = null;
            if (left != null) {
                Note last = left.withId(saved.id());
                tasks.quietly(p -> repo.save(last), s -> onSaved.run(),
                        e -> notifier.error(i18n.get("notes.save.failed"), e));
            }
            if (mySession != session) {
                onSaved.run();
                return;
            }
            boolean first = base.id() == 0;
            base = saved;
            noteId.set(saved.id());
            savedVersion = version;
            if (first && account != null) {
                account.adopt(saved.id());
            }
            if (editVersion != savedVersion) {
                saveNow();
            } else {
                saveState.set(SaveState.SAVED);
            }
            onSaved.run();
        }, e -> {
            saving = false;
            saveState.set(SaveState.FAILED);
            notifier.error(i18n.get("notes.save.failed"), e);
        });
    }

    /** On exit: writes pending changes on the calling thread, because no background work will run any more. */
    public void saveBeforeExit() {
        if (base != null && editVersion != savedVersion) {
            base = repo.save(snapshot());
            savedVersion = editVersion;
        }
    }

    public Note snapshot() {
        Set<Declaration> decl = declarations.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        String loc = location.get() == null || location.get().isBlank() ? null : location.get().strip();
        return new Note(noteId.get(), images.kind(), title.get(), body.get(), topics, mentions, loc,
                visibility.get(), decl, images.noteImages(), images.videoMediaId(), images.videoCoverMillis(),
                linkedProductIds, status.get(), base.scheduledAt(), base.remoteId(), base.createdAt(),
                base.updatedAt());
    }

    void revalidate() {
        titleCount.set(NoteRules.weightedLength(title.get()));
        bodyCount.set(NoteRules.bodyLength(body.get()));
        titleOver.set(titleCount.get() > NoteRules.CURRENT.titleMaxWeighted());
        bodyOver.set(bodyCount.get() > NoteRules.CURRENT.bodyMaxChars());
        if (base == null) {
            return;
        }
        List<Violation> found = new NoteValidator(NoteRules.CURRENT, lint).check(snapshot(), maySell);
        violations.setAll(found);
        blocking.set(NoteValidator.blocking(found));
        lintHits.setAll(lint.scan(title.get() + "\n" + body.get()));
    }

    /** Uses the built-in terms plus the user's blocklist {@code lint} from now on. */
    public void setLint(WordingLint newLint) {
        lint = newLint;
        revalidate();
    }

    /** Marks the note ready: it goes to the publishing queue now. Refused, with the reason, if a rule is broken. */
    public boolean publishNow() {
        return enqueue(clock.instant(), List.of());
    }

    /** Schedules the note for {@code at}; refused, with the reason, outside the platform's window or if a rule is broken. */
    public boolean schedule(Instant at) {
        NoteValidator validator = new NoteValidator(NoteRules.CURRENT, lint);
        List<Violation> schedule = validator.checkSchedule(snapshot(), maySell, at, clock.instant());
        return enqueue(at, schedule);
    }

    private boolean enqueue(Instant at, List<Violation> extra) {
        revalidate();
        List<Violation> problems = extra.isEmpty() ? List.copyOf(violations) : extra;
        Violation first = problems.stream().filter(Violation::blocks).findFirst().orElse(null);
        if (first != null) {
            notifier.warn(i18n.format("notes.publish.refused", describe(first)));
            return false;
        }
        if (noteId.get() == 0) {
            notifier.warn(i18n.get("notes.publish.stillSaving"));
            return false;
        }
        debouncer.flush();
        Note content = snapshot();
        long mySession = session;
        // The content is saved first, then the schedule and its platform operations in one transaction.
        tasks.quietly(p -> {
            repo.save(content);
            publishing.schedule(content.id(), at);
            return repo.findById(content.id()).orElseThrow();
        }, scheduled -> {
            if (mySession == session) {
                base = base.withStatus(scheduled.status(), scheduled.scheduledAt());
                loading = true;
                status.set(scheduled.status());
                loading = false;
            }
            notifier.success(i18n.get("notes.publish.queued"));
            refreshProducts(); // a scheduled note's stock warnings look ahead to its time
            if (mySession == session && account != null) {
                account.show(content.id()); // once sent it can no longer move to another account
            }
        }, e -> notifier.error(i18n.get("notes.publish.failed"), e));
        return true;
    }

    /** Where "next free slot" looks: the calendar's posting slots (wired by the calendar; none without it). */
    public interface NextSlot {
        /** Blocking: the next free slot after {@code after}, not counting the note itself. */
        java.util.Optional<Instant> find(long noteId, Instant after);

        /** The time as the calendar shows it ({@code zone}, the account's, and the computer's when it differs). */
        String describe(java.time.ZoneId zone, Instant at);
    }

    /** The note's account picker (none in a workspace without sync wired). */
    public void useAccounts(AccountPickerModel picker) {
        this.account = picker;
    }

    public AccountPickerModel account() {
        return account;
    }

    /** The zone a day and hour typed for scheduling are read in: the note's account's, else the computer's. */
    public java.time.ZoneId scheduleZone() {
        return account == null ? clock.getZone() : account.zone();
    }

    private NextSlot nextSlot;

    public void setNextSlot(NextSlot slots) {
        this.nextSlot = slots;
    }

    public boolean hasNextSlot() {
        return nextSlot != null;
    }

    /** Schedules the note for the calendar's next free posting slot, with the usual checks. */
    public void scheduleAtNextFreeSlot() {
        NextSlot slots = nextSlot;
        if (slots == null || base == null) {
            return;
        }
        long id = noteId.get();
        java.time.ZoneId zone = scheduleZone();
        Instant after = clock.instant().plus(NoteRules.CURRENT.scheduleMinAhead()); // what schedule() accepts
        tasks.quietly(p -> slots.find(id, after), found -> {
            if (found.isEmpty()) {
                notifier.warn(i18n.get("calendar.composer.noSlot"));
            } else if (noteId.get() == id && schedule(found.get())) {
                notifier.info(i18n.format("calendar.composer.scheduled", slots.describe(zone, found.get())));
            }
        }, e -> notifier.error(i18n.get("calendar.loadFailed"), e));
    }

    /** The violation in the user's language. */
    public String describe(Violation v) {
        return i18n.format("notes.rule." + v.rule().name(), v.args().toArray());
    }

    public void addTopic(String raw) {
        String topic = raw == null ? "" : raw.replace("#", "").strip();
        if (topic.isEmpty() || topics.contains(topic)) {
            return;
        }
        List<String> before = List.copyOf(topics);
        topics.add(topic);
        undo.record(new Edits.ListEdit<>(topics, before, List.copyOf(topics)));
        changed();
    }

    public void removeTopic(String topic) {
        List<String> before = List.copyOf(topics);
        if (topics.remove(topic)) {
            undo.record(new Edits.ListEdit<>(topics, before, List.copyOf(topics)));
            changed();
        }
    }

    public void addMention(String raw) {
        String name = raw == null ? "" : raw.replace("@", "").strip();
        if (name.isEmpty() || mentions.contains(name)) {
            return;
        }
        List<String> before = List.copyOf(mentions);
        mentions.add(name);
        undo.record(new Edits.ListEdit<>(mentions, before, List.copyOf(mentions)));
        changed();
    }

    public void removeMention(String name) {
        List<String> before = List.copyOf(mentions);
        if (mentions.remove(name)) {
            undo.record(new Edits.ListEdit<>(mentions, before, List.copyOf(mentions)));
            changed();
        }
    }

    /** Fills {@link #topicSuggestions()} with past topics starting with {@code prefix}. */
    public void suggestTopics(String prefix) {
        String p = prefix == null ? "" : prefix.replace("#", "").strip();
        tasks.quietly(progress -> repo.topicSuggestions(p, 8), topicSuggestions::setAll,
                e -> notifier.error(i18n.get("notes.open.failed"), e));
    }

    /** The seam for the products picker: replaces the bound products. */
    public void setLinkedProducts(List<Long> ids) {
        List<Long> before = List.copyOf(linkedProductIds);
        linkedProductIds.setAll(ids);
        undo.record(new Edits.ListEdit<>(linkedProductIds, before, List.copyOf(ids)));
        changed();
    }

    /** Writes the note as a folder under {@code parent} for posting by hand. */
    public void exportTo(java.nio.file.Path parent) {
        Note note = snapshot();
        List<NoteExporter.MediaFile> files = images.originals();
        tasks.submit(i18n.get("notes.export.exporting"), p -> NoteExporter.export(note, files, parent),
                dir -> notifier.success(i18n.format("notes.export.done", dir.toString())),
                e -> notifier.error(i18n.get("notes.export.failed"), e));
    }

    public void undo() {
        undo.undo();
        changed();
    }

    public void redo() {
        undo.redo();
        changed();
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    public NoteImagesModel images() { return images; }
    public UndoStack undoStack() { return undo; }
    public BooleanProperty openProperty() { return open; }
    public LongProperty noteIdProperty() { return noteId; }
    public StringProperty titleProperty() { return title; }
    public StringProperty bodyProperty() { return body; }
    public StringProperty locationProperty() { return location; }
    public ObjectProperty<Visibility> visibilityProperty() { return visibility; }
    public BooleanProperty declarationProperty(Declaration d) { return declarations.get(d); }
    public ObservableList<String> topics() { return topics; }
    public ObservableList<String> mentions() { return mentions; }
    public ObservableList<Long> linkedProductIds() { return linkedProductIds; }
    public ObservableList<ProductLinks.LinkedProduct> linkedProducts() { return linkedProducts; }
    public ObservableList<ProductLinks.StockWarning> stockWarnings() { return stockWarnings; }
    public ObjectProperty<NoteStatus> statusProperty() { return status; }
    public IntegerProperty titleCountProperty() { return titleCount; }
    public IntegerProperty bodyCountProperty() { return bodyCount; }
    public BooleanProperty titleOverProperty() { return titleOver; }
    public BooleanProperty bodyOverProperty() { return bodyOver; }
    public ObservableList<Violation> violations() { return violations; }
    public ObservableList<WordingLint.Hit> lintHits() { return lintHits; }
    public BooleanProperty blockingProperty() { return blocking; }
    public ObjectProperty<SaveState> saveStateProperty() { return saveState; }
    public ObservableList<String> topicSuggestions() { return topicSuggestions; }
    public boolean kindIsVideo() { return images.kind() == NoteKind.VIDEO; }
}
