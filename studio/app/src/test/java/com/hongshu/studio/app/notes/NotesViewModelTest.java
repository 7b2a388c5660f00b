package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesViewModelTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private NotesTestKit kit;

    @BeforeEach
    void open() {
        kit = new NotesTestKit(dir.resolve("ws"), clock, Locale.ENGLISH);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            notes.add(Note.draft(clock.instant()).withText((i % 2 == 0 ? "咖啡笔记 " : "Travel note ") + i, "正文"));
        }
        kit.repo.insertAll(notes);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void listLoadsAPageAtATimeAndSearchesInChinese() {
        kit.list.refresh();
        assertThat(kit.list.totalProperty().get()).isEqualTo(450);
        assertThat(kit.list.rows()).hasSize(NotesViewModel.PAGE);
        kit.list.loadMore();
        kit.list.loadMore();
        assertThat(kit.list.rows()).hasSize(450);

        kit.list.searchProperty().set("咖啡");
        assertThat(kit.list.totalProperty().get()).isEqualTo(225);
        assertThat(kit.list.rows()).allSatisfy(r -> assertThat(r.title()).startsWith("咖啡"));
    }

    @Test
    void filtersByStatus() {
        long id = kit.list.rows().isEmpty() ? kit.repo.search(com.hongshu.studio.core.notes.NoteQuery.all(1)).get(0).id()
                : kit.list.rows().get(0).id();
        kit.repo.updateStatus(id, NoteStatus.FAILED, null);
        kit.list.statusProperty().set(NoteStatus.FAILED);
        assertThat(kit.list.rows()).extracting(NoteSummary::id).containsExactly(id);
    }

    @Test
    void deleteCanBeUndoneAndDuplicateAddsACopy() {
        kit.list.searchProperty().set("Travel note 1");
        long before = kit.list.totalProperty().get();
        kit.list.selected().setAll(kit.list.rows().get(0).id());
        kit.list.deleteSelected();
        assertThat(kit.list.totalProperty().get()).isEqualTo(before - 1);
        assertThat(kit.list.canUndoDeleteProperty().get()).isTrue();
        kit.list.undoDelete();
        assertThat(kit.list.totalProperty().get()).isEqualTo(before);

        kit.list.selected().setAll(kit.list.rows().get(0).id());
        kit.list.duplicateSelected();
        assertThat(kit.list.totalProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void openingANoteShowsItInTheComposer() {
        kit.list.refresh();
        NoteSummary first = kit.list.rows().get(0);
        kit.list.open(first.id());
        assertThat(kit.composer.openProperty().get()).isTrue();
        assertThat(kit.composer.titleProperty().get()).isEqualTo(first.title());
        assertThat(kit.composer.undoStack().canUndoProperty().get()).isFalse();
    }
}
