package com.hongshu.studio.store.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.CropRatio;
import com.hongshu.studio.core.notes.Declaration;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NoteQuery;
import com.hongshu.studio.core.notes.NoteSort;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.NoteSummary;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNoteRepositoryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private Workspace ws;
    private SqliteNoteRepository repo;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteNoteRepository(ws.database(), clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Note note(String title, String body, String... topics) {
        Note n = Note.draft(clock.instant()).withText(title, body);
        return new Note(0, n.kind(), title, body, List.of(topics), List.of(), null, Visibility.PUBLIC, Set.of(),
                List.of(), null, 0, List.of(), NoteStatus.DRAFT, null, null, clock.instant(), clock.instant());
    }

    private List<String> titlesFor(String text) {
        return repo.search(NoteQuery.text(text, 50)).stream().map(NoteSummary::title).toList();
    }

    @Test
    void everyFieldSurvivesReopeningTheFile() throws Exception {
        WorkspaceMediaLibrary media = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        MediaItem a = media.importFile(Files.write(dir.resolve("a.jpg"), new byte[] {1}), "image/jpeg", 4, 3);
        MediaItem b = media.importFile(Files.write(dir.resolve("b.jpg"), new byte[] {2}), "image/jpeg", 3, 4);
        Note n = new Note(0, NoteKind.IMAGE, "秋日咖啡", "正文 #咖啡# @小红", List.of("咖啡", "秋天"), List.of("小红"),
                "上海", Visibility.MUTUAL_FRIENDS, Set.of(Declaration.ORIGINAL, Declaration.ADVERTISING),
                List.of(NoteImage.of(b.id()), NoteImage.of(a.id()).withCrop(CropRatio.SQUARE_1_1.centredIn(4, 3))),
                null, 0, List.of(7L, 9L), NoteStatus.DRAFT, null, null, clock.instant(), clock.instant());
        Note saved = repo.save(n);
        ws.close();
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteNoteRepository(ws.database(), clock);

        Note back = repo.findById(saved.id()).orElseThrow();
        assertThat(back).isEqualTo(saved);
        assertThat(back.coverMediaId()).isEqualTo(b.id());
        assertThat(repo.mediaLibrary(0, 10)).allSatisfy(u -> assertThat(u.noteIds()).containsExactly(saved.id()));
    }

    @Test
    void searchFindsChineseOfAnyLengthAndLatinCaseInsensitively() {
        repo.save(note("秋日咖啡探店", "今天去了一家很安静的咖啡馆", "咖啡"));
        repo.save(note("Weekend latte art", "Milk foam 教程", "拉花"));
        repo.save(note("春季穿搭", "通勤风格的衬衫"));

        assertThat(titlesFor("咖啡")).containsExactly("秋日咖啡探店");
        assertThat(titlesFor("咖")).containsExactly("秋日咖啡探店");
        assertThat(titlesFor("安静的咖啡")).containsExactly("秋日咖啡探店");
        assertThat(titlesFor("LATTE")).containsExactly("Weekend latte art");
        assertThat(titlesFor("la")).containsExactly("Weekend latte art");
        assertThat(titlesFor("拉花")).containsExactly("Weekend latte art");
        assertThat(titlesFor("#拉花")).containsExactly("Weekend latte art");
        assertThat(titlesFor("衬衫 通勤")).containsExactly("春季穿搭");
        assertThat(titlesFor("火锅")).isEmpty();
        assertThat(titlesFor("\"'*")).isEmpty();
    }

    @Test
    void editingANoteUpdatesTheIndex() {
        Note n = repo.save(note("旧标题", "内容"));
        repo.save(n.withText("新标题", "内容"));
        assertThat(titlesFor("旧标")).isEmpty();
        assertThat(titlesFor("新标题")).containsExactly("新标题");
    }

    @Test
    void filtersByStatusDateAndSortsAndPages() {
        Note a = repo.save(note("A", "x"));
        Note b = repo.save(note("B", "x"));
        repo.updateStatus(b.id(), NoteStatus.PUBLISHED, "remote-1");
        repo.save(note("C", "x"));

        NoteQuery published = new NoteQuery("", Set.of(NoteStatus.PUBLISHED), null, null, NoteSort.TITLE, 0, 10);
        assertThat(repo.search(published)).extracting(NoteSummary::title).containsExactly("B");
        assertThat(repo.findById(b.id()).orElseThrow().remoteId()).isEqualTo("remote-1");
        NoteQuery byTitle = new NoteQuery("", Set.of(), null, null, NoteSort.TITLE, 1, 1);
        assertThat(repo.search(byTitle)).extracting(NoteSummary::title).containsExactly("B");
        assertThat(repo.count(byTitle)).isEqualTo(3);
        NoteQuery future = new NoteQuery("", Set.of(), clock.instant().plusSeconds(1), null, NoteSort.TITLE, 0, 10);
        assertThat(repo.search(future)).isEmpty();
        assertThat(repo.listByStatus(NoteStatus.DRAFT, 10)).extracting(Note::id).contains(a.id());
    }

    @Test
    void deleteCanBeUndoneAndDuplicateMakesADraft() {
        Note a = repo.save(note("要删除的笔记", "x", "旅行"));
        repo.updateStatus(a.id(), NoteStatus.PUBLISHED, "r");
        repo.delete(List.of(a.id()));
        assertThat(titlesFor("删除")).isEmpty();
        assertThat(repo.findById(a.id())).isEmpty();
        repo.restore(List.of(a.id()));
        assertThat(titlesFor("删除")).containsExactly("要删除的笔记");

        Note copy = repo.duplicate(a.id());
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(copy.remoteId()).isNull();
        assertThat(titlesFor("删除")).hasSize(2);
    }

    @Test
    void manyMatchesArePagedInOrderToo() {
        List<Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            Instant at = clock.instant().minusSeconds(i);
            notes.add(note((i % 3 == 0 ? "咖啡 " : "旅行 ") + i, "x").withTimes(at, at));
        }
        repo.insertAll(notes);
        repo.optimize();
        NoteQuery coffee = NoteQuery.text("咖啡", 5);
        assertThat(repo.count(coffee)).isEqualTo(500);
        assertThat(repo.search(coffee)).extracting(NoteSummary::title)
                .containsExactly("咖啡 0", "咖啡 3", "咖啡 6", "咖啡 9", "咖啡 12");
        assertThat(repo.search(coffee.page(5, 2))).extracting(NoteSummary::title).containsExactly("咖啡 15", "咖啡 18");
        NoteQuery all = NoteQuery.text("x", 3);
        assertThat(repo.count(all)).isEqualTo(1_500);
        assertThat(repo.search(all)).extracting(NoteSummary::title).containsExactly("咖啡 0", "旅行 1", "旅行 2");
        NoteQuery oldest = new NoteQuery("x", Set.of(), null, null, NoteSort.UPDATED_OLDEST, 0, 1);
        assertThat(repo.search(oldest)).extracting(NoteSummary::title).containsExactly("咖啡 1499".replace("咖啡", "旅行"));
    }

    @Test
    void suggestsPastTopicsMostUsedFirst() {
        repo.save(note("1", "x", "咖啡", "旅行"));
        repo.save(note("2", "x", "咖啡馆"));
        repo.save(note("3", "x", "咖啡馆"));
        assertThat(repo.topicSuggestions("咖", 10)).containsExactly("咖啡馆", "咖啡");
        assertThat(repo.topicSuggestions("", 1)).containsExactly("咖啡馆");
    }
}
