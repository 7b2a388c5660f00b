package com.hongshu.studio.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.notes.media.TestImages;
import com.hongshu.studio.core.notes.CropRatio;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposerViewModelTest {

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private NotesTestKit kit;
    private ComposerViewModel vm;

    @BeforeEach
    void open() {
        kit = new NotesTestKit(dir.resolve("ws"), clock, Locale.SIMPLIFIED_CHINESE);
        vm = kit.composer;
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private Note stored() {
        return kit.repo.findById(vm.noteIdProperty().get()).orElseThrow();
    }

    @Test
    void typingIsSavedWhenTheAutosaveTimerFiresAndOnLeaving() {
        vm.newNote();
        long id = vm.noteIdProperty().get();
        assertThat(id).isPositive();
        vm.titleProperty().set("秋日咖啡");
        assertThat(vm.saveStateProperty().get()).isEqualTo(ComposerViewModel.SaveState.PENDING);
        assertThat(stored().title()).isEmpty();
        kit.autosave.flush();
        assertThat(stored().title()).isEqualTo("秋日咖啡");
        assertThat(vm.saveStateProperty().get()).isEqualTo(ComposerViewModel.SaveState.SAVED);

        vm.bodyProperty().set("今天的拿铁");
        vm.leave();
        assertThat(kit.repo.findById(id).orElseThrow().body()).isEqualTo("今天的拿铁");
    }

    @Test
    void weightedTitleCounterWarnsAndPublishingIsRefusedWithTheReason() throws Exception {
        vm.newNote();
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("a.jpg"), 400, 300, 1, 1)));
        vm.titleProperty().set("这是一个非常非常长的标题，超过了平台二十个字的限制");
        assertThat(vm.titleCountProperty().get()).isGreaterThan(20);
        assertThat(vm.titleOverProperty().get()).isTrue();
        assertThat(vm.blockingProperty().get()).isTrue();

        assertThat(vm.publishNow()).isFalse();
        assertThat(kit.notifier.notices()).last().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Notifier.Level.WARNING);
            assertThat(n.message()).contains("标题长度");
        });
        assertThat(vm.statusProperty().get()).isEqualTo(NoteStatus.DRAFT);

        vm.titleProperty().set("short title ok");
        assertThat(vm.titleCountProperty().get()).isEqualTo(7);
        assertThat(vm.publishNow()).isTrue();
        assertThat(stored().status()).isEqualTo(NoteStatus.SCHEDULED);
    }

    @Test
    void schedulingOutsideThePlatformWindowIsRefused() throws Exception {
        vm.newNote();
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("a.jpg"), 400, 300, 1, 1)));
        vm.titleProperty().set("好标题");
        assertThat(vm.schedule(clock.instant().plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(vm.schedule(clock.instant().plus(Duration.ofDays(20)))).isFalse();
        assertThat(vm.schedule(clock.instant().plus(Duration.ofHours(3)))).isTrue();
        assertThat(stored().scheduledAt()).isEqualTo(clock.instant().plus(Duration.ofHours(3)));
    }

    @Test
    void undoAndRedoCoverTypingImagesAndTopics() throws Exception {
        vm.newNote();
        vm.titleProperty().set("春");
        vm.titleProperty().set("春天");
        vm.addTopic("#旅行#");
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("a.jpg"), 400, 300, 1, 1),
                TestImages.jpeg(dir.resolve("b.jpg"), 400, 300, 2, 1)));
        long first = vm.images().entries().get(0).item().id();
        vm.images().makeCover(1);
        assertThat(vm.images().entries().get(1).item().id()).isEqualTo(first);

        vm.undo();
        assertThat(vm.images().entries().get(0).item().id()).isEqualTo(first);
        vm.undo();
        assertThat(vm.images().entries()).isEmpty();
        vm.undo();
        assertThat(vm.topics()).isEmpty();
        vm.undo();
        assertThat(vm.titleProperty().get()).isEmpty(); // consecutive typing is one step
        vm.redo();
        assertThat(vm.titleProperty().get()).isEqualTo("春天");
        vm.redo();
        assertThat(vm.topics()).containsExactly("旅行");
        kit.autosave.flush();
        assertThat(stored().topics()).containsExactly("旅行");
    }

    @Test
    void imagesAreReorderedCroppedAndStoredInOrder() throws Exception {
        vm.newNote();
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("a.jpg"), 400, 300, 1, 1),
                TestImages.jpeg(dir.resolve("b.jpg"), 400, 300, 2, 1),
                TestImages.jpeg(dir.resolve("c.jpg"), 400, 300, 3, 1)));
        List<Long> ids = vm.images().entries().stream().map(e -> e.item().id()).toList();
        vm.images().move(0, 2);
        vm.images().crop(0, CropRatio.SQUARE_1_1);
        kit.autosave.flush();
        Note note = stored();
        assertThat(note.images()).extracting(i -> i.mediaId()).containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(note.images().get(0).crop().ratio()).isEqualTo(CropRatio.SQUARE_1_1);
        assertThat(note.coverMediaId()).isEqualTo(ids.get(1));
    }

    @Test
    void badFilesGetAMessageAndTheGoodOnesStillCome() throws Exception {
        vm.newNote();
        vm.titleProperty().set("已保存的标题");
        kit.autosave.flush();
        Path good = TestImages.jpeg(dir.resolve("good.jpg"), 400, 300, 1, 1);
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path text = Files.writeString(dir.resolve("fake.jpg"), "hello");
        vm.images().addFiles(List.of(empty, good, text));

        assertThat(vm.images().entries()).hasSize(1);
        assertThat(kit.notifier.notices()).extracting(Notifier.Notice::message)
                .anySatisfy(m -> assertThat(m).contains("empty.jpg").contains("空文件"))
                .anySatisfy(m -> assertThat(m).contains("fake.jpg"));
        assertThat(stored().title()).isEqualTo("已保存的标题");
    }

    @Test
    void lintFlagsAbsoluteWordsAndTheUsersBlocklist() {
        vm.newNote();
        vm.bodyProperty().set("全网最低价的爆款");
        assertThat(vm.lintHits()).extracting(h -> h.term()).containsExactly("全网", "最低价");
        assertThat(vm.violations()).extracting(Violation::rule).contains(Violation.Rule.ABSOLUTE_WORDING);
        kit.list.saveBlocklist("爆款=热门");
        assertThat(vm.lintHits()).extracting(h -> h.term()).containsExactly("全网", "最低价", "爆款");
    }

    @Test
    void exportWritesNumberedImagesAndText() throws Exception {
        vm.newNote();
        vm.titleProperty().set("导出测试");
        vm.bodyProperty().set("正文");
        vm.addTopic("旅行");
        vm.images().addFiles(List.of(TestImages.jpeg(dir.resolve("b.jpg"), 400, 300, 2, 1),
                TestImages.png(dir.resolve("a.png"), 300, 400)));
        vm.exportTo(dir.resolve("out"));
        Path folder = dir.resolve("out").resolve("导出测试");
        assertThat(folder.resolve("01.jpg")).exists();
        assertThat(folder.resolve("02.png")).exists();
        assertThat(Files.readString(folder.resolve("note.txt"))).contains("导出测试", "正文", "#旅行#");
    }
}
