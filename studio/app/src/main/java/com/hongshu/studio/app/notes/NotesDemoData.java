package com.hongshu.studio.app.notes;

import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.app.notes.media.ImageIoDecoder;
import com.hongshu.studio.app.notes.media.MediaImporter;
import com.hongshu.studio.app.notes.media.Renditions;
import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.notes.Declaration;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.Visibility;
import com.hongshu.studio.core.notes.NotePublishing;
import com.hongshu.studio.store.SqliteSettingsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.notes.NoteSyncStatus;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Realistic Chinese sample notes for the demo workspace, deterministic for a given {@link Random}. */
public final class NotesDemoData {

    private static final String[][] THEMES = {
        {"咖啡", "秋日咖啡探店｜藏在弄堂里的宝藏小店", "周末和朋友去了一家很安静的咖啡馆，手冲的耶加雪菲有柑橘香，拿铁拉花也很好看。"},
        {"旅行", "云南大理三天两夜攻略", "第一天洱海骑行，第二天苍山徒步，第三天古城闲逛。住在双廊，推荐海景房。"},
        {"穿搭", "小个子通勤穿搭一周不重样", "155cm 的通勤 look：衬衫+半裙、针织开衫+直筒裤，显高又舒服。"},
        {"美食", "在家做的番茄牛腩，零失败", "牛腩焯水后炒糖色，番茄分两次放，小火炖一个半小时，汤汁拌饭绝了。"},
        {"护肤", "换季敏感肌的修护心得", "最近换季脸上泛红，精简护肤只留下温和洁面、修护精华和保湿霜。"},
        {"家居", "出租屋改造｜花 500 元住进梦想小屋", "换了窗帘和床品，加一盏落地灯，墙上贴了几张明信片，氛围感一下就有了。"},
        {"读书", "今年读过最喜欢的五本书", "《置身事内》《额尔古纳河右岸》《人生海海》……每本都写了简短的读后感。"},
        {"健身", "跟练 30 天，腰围小了 5cm", "每天早上 20 分钟核心训练，晚饭减少碳水，周末爬山，坚持下来变化很明显。"},
    };
    private static final String[] PLACES = {"上海·静安", "大理·双廊", "杭州·西湖", "成都·玉林", "北京·三里屯"};
    private static final String[] FRIENDS = {"小红薯", "阿七", "Momo", "林小鹿"};

    private static final String[] REVIEW_REASONS = {
        "图片中含有二维码或联系方式，请删除后重新发布",
        "正文疑似含有夸大宣传用语（如“最”“第一”），请修改后重新提交",
        "笔记与所选话题不符，请更换话题后重新发布",
    };

    /** Set once the demo's scheduled notes were queued for the platform. */
    static final String QUEUED = "demo.notes.queued";

    private NotesDemoData() {
    }

    public static void seed(Workspace ws, Random random, Clock clock, Progress progress) {
        WorkspaceMediaLibrary library = new WorkspaceMediaLibrary(ws.database(), ws.mediaDir(), clock);
        MediaImporter importer = new MediaImporter(library,
                new Renditions(ws.cacheDir(), library, new ImageIoDecoder()));
        List<MediaItem> pictures = new ArrayList<>();
        try {
            Path temp = Files.createTempDirectory("hongshu-demo-notes");
            for (int i = 1; i <= THEMES.length; i++) {
                String name = String.format("demo-%02d.jpg", i);
                try (InputStream in = NotesDemoData.class.getResourceAsStream("/demo/notes/" + name)) {
                    if (in == null) {
                        continue;
                    }
                    Path file = temp.resolve(name);
                    Files.copy(in, file);
                    pictures.add(importer.importImage(file));
                    Files.delete(file);
                }
            }
            Files.deleteIfExists(temp);
        } catch (Exception e) {
            throw new IllegalStateException("demo images could not be imported", e);
        }
        Instant now = clock.instant();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int themeIndex = random.nextInt(THEMES.length);
            String[] theme = THEMES[themeIndex];
            NoteStatus status = NoteStatus.values()[random.nextInt(10) < 5 ? 0 : random.nextInt(4)];
            Instant updated = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
            List<NoteImage> images = new ArrayList<>();
            int count = 1 + random.nextInt(Math.min(6, Math.max(1, pictures.size())));
            for (int k = 0; k < count && !pictures.isEmpty(); k++) {
                images.add(NoteImage.of(pictures.get((themeIndex + k) % pictures.size()).id()));
            }
            String title = i < THEMES.length ? theme[1] : theme[1].split("｜")[0] + " · 第" + (i + 1) + "篇";
            notes.add(new Note(0, NoteKind.IMAGE, title, theme[2] + " #" + theme[0] + "# @"
                    + FRIENDS[random.nextInt(FRIENDS.length)], List.of(theme[0], "生活记录"),
                    List.of(FRIENDS[random.nextInt(FRIENDS.length)]), PLACES[random.nextInt(PLACES.length)],
                    Visibility.PUBLIC, random.nextBoolean() ? Set.of(Declaration.ORIGINAL) : Set.of(), images, null, 0,
                    List.of(), status, status == NoteStatus.SCHEDULED ? now.plus(Duration.ofHours(2 + i)) : null,
                    status == NoteStatus.PUBLISHED ? "demo-" + i : null, updated.minus(Duration.ofDays(1)), updated));
            progress.update((double) i / 60, null);
        }
        SqliteNoteRepository repo = new SqliteNoteRepository(ws.database(), clock);
        repo.insertAll(notes);
        // A failed note in the demo says why, as the platform's review would: the Sync screen lists it with the reason.
        NoteSyncStatus review = new NoteSyncStatus(ws.database(), clock);
        List<Note> failed = repo.listByStatus(NoteStatus.FAILED, 100);
        for (int i = 0; i < failed.size(); i++) {
            review.markRejected(failed.get(i).id(), REVIEW_REASONS[i % REVIEW_REASONS.length]);
        }
        repo.optimize();
    }

    /**
     * The demo's scheduled notes go out through the outbox like the user's own, once the local sandbox account they
     * belong to exists (sync creates it on the first start, after the demo data). Once per demo workspace.
     */
    public static void queueScheduled(Workspace ws, NotePublishing publishing) {
        SqliteSettingsRepository settings = new SqliteSettingsRepository(ws.database());
        if (settings.get(QUEUED).isPresent()) {
            return;
        }
        for (Note n : new SqliteNoteRepository(ws.database(), Clock.systemUTC()).listByStatus(NoteStatus.SCHEDULED,
                1000)) {
            try {
                publishing.schedule(n.id(), n.scheduledAt());
            } catch (IllegalStateException alreadyOut) {
                // on its way already: nothing to queue
            }
        }
        settings.put(QUEUED, "yes");
    }
}
