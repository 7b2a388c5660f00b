package com.hongshu.studio.app.notes;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/** The composer's undoable changes. */
final class Edits {

    private Edits() {
    }

    /** A change of one property; consecutive typing in the same text field folds into one step. */
    static final class PropertyEdit<T> implements UndoStack.Command {
        private final Property<T> property;
        private final T before;
        private T after;

        PropertyEdit(Property<T> property, T before, T after) {
            this.property = property;
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            property.setValue(before);
        }

        @Override
        public void redo() {
            property.setValue(after);
        }

        @Override
        public boolean absorb(UndoStack.Command next) {
            if (next instanceof PropertyEdit<?> p && p.property == property && before instanceof String
                    && Objects.equals(p.before, after)) {
                @SuppressWarnings("unchecked")
                T value = (T) p.after;
                after = value;
                return true;
            }
            return false;
        }
    }

    /** Any change of a list (images, topics, mentions, products): the whole list before and after. */
    record ListEdit<T>(ObservableList<T> list, List<T> before, List<T> after) implements UndoStack.Command {
        @Override
        public void undo() {
            list.setAll(before);
        }

        @Override
        public void redo() {
            list.setAll(after);
        }
    }
}
