package com.hongshu.studio.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Which section is open and whether the workspace behind the screens is ready. */
public final class ShellViewModel {

    public enum WorkspaceState { OPENING, READY, FAILED }

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WorkspaceState> state = new ReadOnlyObjectWrapper<>(WorkspaceState.OPENING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);

    public ShellViewModel(Section initial) {
        section.set(initial);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    public void open(Section s) {
        section.set(s);
    }

    public ReadOnlyObjectProperty<WorkspaceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The workspace is open: these are the screens that exist; other sections show a plain "not built yet". */
    public void ready(Map<Section, Screen> built) {
        screens.clear();
        screens.putAll(built);
        state.set(WorkspaceState.READY);
    }

    /** The workspace is being (re)opened: screens are gone until {@link #ready}. */
    public void opening() {
        screens.clear();
        state.set(WorkspaceState.OPENING);
    }

    public void failed(String message) {
        failure.set(message);
        state.set(WorkspaceState.FAILED);
    }

    public Optional<Screen> screen(Section s) {
        return Optional.ofNullable(screens.get(s));
    }
}
