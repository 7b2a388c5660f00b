package com.hongshu.studio.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.app.CompositionRoot;
import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.InThreadTaskRunner;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.RecordingNotifier;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.Kpi;
import com.hongshu.studio.core.stats.KpiKind;
import com.hongshu.studio.core.stats.LinkedStock;
import com.hongshu.studio.core.stats.PeriodChoice;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import com.hongshu.studio.store.stats.StatsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Long> opened = new ArrayList<>();
    private Workspace ws;
    private SqliteStatsRepository repo;
    private DashboardViewModel vm;
    private StatsImportModel importer;

    private void open(Locale locale) {
        ws = Workspace.open(dir.resolve("ws"), clock);
        repo = new SqliteStatsRepository(ws.database(), ZONE);
        I18n i18n = new I18n(locale, CompositionRoot.BUNDLES);
        InThreadTaskRunner tasks = new InThreadTaskRunner();
        LinkedStock stock = ids -> Map.of(1L, 42L);
        vm = new DashboardViewModel(repo, stock, tasks, notifier, i18n, clock, opened::add);
        importer = new StatsImportModel(repo, StatsFiles::open, tasks, notifier, i18n, clock, vm::refresh);
    }

    @BeforeEach
    void english() {
        open(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Kpi kpi(DashboardData d, KpiKind kind) {
        return d.kpis().stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    private long rawViews(LocalDate from, LocalDate to) {
        return ws.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(SUM(views), 0) FROM stat_note_day WHERE day BETWEEN ? AND ?")) {
                ps.setLong(1, from.toEpochDay());
                ps.setLong(2, to.toEpochDay());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void anEmptyWorkspaceShowsTheEmptyState() {
        vm.refresh();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(kpi(vm.dataProperty().get(), KpiKind.VIEWS).value()).isZero();
    }

    @Test
    void changingThePeriodRecomputesTheKpisAgainstThePreviousPeriod() {
        repo.write(StatsFixtures.year(6, 400, TODAY, ZONE, 7), StatsRepository.WriteListener.NONE);
        vm.refresh();
        assertThat(vm.emptyProperty().get()).isFalse();
        DashboardData d30 = vm.dataProperty().get();
        assertThat(d30.period().to()).isEqualTo(TODAY);
        assertThat(d30.period().days()).isEqualTo(30);
        assertThat((long) kpi(d30, KpiKind.VIEWS).value()).isEqualTo(rawViews(TODAY.minusDays(29), TODAY));
        assertThat((long) kpi(d30, KpiKind.VIEWS).previous()).isEqualTo(rawViews(TODAY.minusDays(59),
                TODAY.minusDays(30)));
        assertThat(kpi(d30, KpiKind.FOLLOWERS).value()).isEqualTo(5000 + 400 * 3);
        assertThat(kpi(d30, KpiKind.NET_GAIN).value()).isEqualTo(30 * 3);

        vm.choiceProperty().set(PeriodChoice.DAYS_7);
        DashboardData d7 = vm.dataProperty().get();
        assertThat(d7.period().days()).isEqualTo(7);
        assertThat((long) kpi(d7, KpiKind.VIEWS).value()).isEqualTo(rawViews(TODAY.minusDays(6), TODAY));
        assertThat(d7.buckets()).hasSize(7);

        vm.choiceProperty().set(PeriodChoice.DAYS_365);
        DashboardData year = vm.dataProperty().get();
        assertThat(year.weekly()).isTrue();
        assertThat(year.buckets()).hasSizeLessThanOrEqualTo(53);
        assertThat(year.buckets().get(year.buckets().size() - 1).day()).isEqualTo(TODAY.minusDays(6));
        assertThat(year.buckets().stream().mapToLong(b -> b.counts().views()).sum())
                .isEqualTo(rawViews(TODAY.minusDays(364), TODAY));
    }

    @Test
    void aCustomPeriodIsUsedAndABackwardsOneIsRefusedWithAMessage() {
        repo.write(StatsFixtures.year(2, 100, TODAY, ZONE, 3), StatsRepository.WriteListener.NONE);
        vm.refresh();
        vm.setCustom(TODAY.minusDays(50), TODAY.minusDays(41));
        DashboardData d = vm.dataProperty().get();
        assertThat(vm.choiceProperty().get()).isEqualTo(PeriodChoice.CUSTOM);
        assertThat(d.period().days()).isEqualTo(10);
        assertThat((long) kpi(d, KpiKind.VIEWS).value()).isEqualTo(rawViews(TODAY.minusDays(50), TODAY.minusDays(41)));
        vm.setCustom(TODAY, TODAY.minusDays(3));
        assertThat(vm.customFromProperty().get()).isEqualTo(TODAY.minusDays(50));
        assertThat(vm.dataProperty().get().period().days()).isEqualTo(10);
        assertThat(notifier.notices()).anyMatch(n -> n.level() == Notifier.Level.WARNING);
    }

    @Test
    void choosingCustomStartsFromThePeriodOnScreen() {
        repo.write(StatsFixtures.year(2, 100, TODAY, ZONE, 3), StatsRepository.WriteListener.NONE);
        vm.refresh();
        vm.choiceProperty().set(PeriodChoice.DAYS_90);
        vm.choiceProperty().set(PeriodChoice.CUSTOM);
        assertThat(vm.customFromProperty().get()).isEqualTo(TODAY.minusDays(89));
        assertThat(vm.dataProperty().get().period().days()).isEqualTo(90);
    }

    @Test
    void openingALocalNoteCallsBackAndAnImportedOneSaysWhy() {
        repo.write(StatsFixtures.year(2, 10, TODAY, ZONE, 5), StatsRepository.WriteListener.NONE);
        vm.refresh();
        NoteRow local = vm.notes().stream().filter(r -> r.localNoteId() != null).findFirst().orElseThrow();
        NoteRow imported = vm.notes().stream().filter(r -> r.localNoteId() == null).findFirst().orElseThrow();
        assertThat(local.stock()).isEqualTo(42L);
        vm.open(local);
        assertThat(opened).containsExactly(1L);
        vm.open(imported);
        assertThat(opened).containsExactly(1L);
        assertThat(notifier.notices()).anyMatch(n -> n.message().contains(imported.title()));
    }

    @Test
    void sortingTheNotesTableAsksTheStoreForTheTopRowsInThatOrder() {
        repo.write(StatsFixtures.year(DashboardViewModel.NOTES_LIMIT + 20, 3, TODAY, ZONE, 11),
                StatsRepository.WriteListener.NONE);
        vm.refresh();
        assertThat(vm.notes()).hasSize(DashboardViewModel.NOTES_LIMIT);
        assertThat(vm.noteCountProperty().get()).isEqualTo(DashboardViewModel.NOTES_LIMIT + 20);
        long maxViews = repo.notes().stream().mapToLong(n -> n.totals().views()).max().orElseThrow();
        assertThat(vm.notes().get(0).stats().totals().views()).isEqualTo(maxViews);
        vm.sortNotes(com.hongshu.studio.core.stats.NoteOrder.LIKES, false);
        long minLikes = repo.notes().stream().mapToLong(n -> n.totals().likes()).min().orElseThrow();
        assertThat(vm.notes().get(0).stats().totals().likes()).isEqualTo(minLikes);
        assertThat(vm.notes()).isSortedAccordingTo(java.util.Comparator.comparingLong(r -> r.stats().totals().likes()));
    }

    @Test
    void aSelectedNoteShowsItsCumulativeCurveAndTheSameAgeComparison() {
        repo.write(StatsFixtures.year(4, 30, TODAY, ZONE, 9), StatsRepository.WriteListener.NONE);
        vm.refresh();
        NoteRow row = vm.notes().get(0);
        vm.select(row);
        NoteDetailModel.Detail d = vm.detail().detailProperty().get();
        assertThat(d.curve()).hasSize(30);
        assertThat(d.curve().get(29).views()).isEqualTo(row.stats().totals().views());
        assertThat(d.curve().get(0).age()).isZero();
        assertThat(d.sameAge().noteWeek1()).isEqualTo(row.stats().firstWeek().views());
        assertThat(d.sameAge().bestWeek1()).isEqualTo(vm.notes().stream()
                .mapToLong(r -> r.stats().firstWeek().views()).max().orElseThrow());
        assertThat(d.sameAge().notesCompared()).isEqualTo(4);
    }

    @Test
    void anExportIsPreviewedThenImportedAndTheDashboardRefreshes() throws Exception {
        Path file = StatsFixtures.contentList(dir.resolve("笔记列表.xlsx"), List.of(
                List.of("咖啡探店", "2026年11月20日20时05分00秒", "图文", 9000, 1500, "16.7%", 100, 10, 50, 3, 5, "20")));
        vm.refresh();
        importer.read(file);
        assertThat(importer.previewProperty().get()).isNotNull();
        assertThat(importer.previewProperty().get().mapping()).hasSize(12);
        assertThat(repo.notes()).isEmpty(); // nothing written before the user confirms
        importer.confirm();
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.notes()).singleElement().satisfies(r -> assertThat(r.get(
                com.hongshu.studio.core.stats.Metric.VIEWS)).isEqualTo(1500));
        assertThat(vm.dataProperty().get().kpis().stream().filter(k -> k.kind() == KpiKind.VIEWS).findFirst()
                .orElseThrow().value()).isEqualTo(1500);
        assertThat(notifier.notices()).anyMatch(n -> n.level() == Notifier.Level.SUCCESS);
    }

    @Test
    void aBadFileIsExplainedInTheUsersLanguageAndWritesNothing() throws Exception {
        ws.close();
        open(Locale.SIMPLIFIED_CHINESE);
        Path file = StatsFixtures.contentList(dir.resolve("坏文件.xlsx"), List.of(
                List.of("咖啡探店", "2026年11月20日20时05分00秒", "图文", 9000, "一千五", "16.7%", 100, 10, 50, 3, 5, "20")));
        importer.read(file);
        assertThat(importer.previewProperty().get()).isNull();
        assertThat(notifier.notices()).singleElement().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Notifier.Level.WARNING);
            assertThat(n.message()).contains("第 2 行").contains("观看量").contains("一千五").contains("不是数字");
        });
        Path empty = Files.createFile(dir.resolve("空.csv"));
        importer.read(empty);
        assertThat(notifier.notices().get(1).message()).contains("是空的");
        assertThat(repo.span()).isEmpty();
    }

    @Test
    void aReloadWithUnchangedNotesLeavesTheTableAloneAndAChangedOneUpdatesIt() {
        repo.write(StatsFixtures.year(3, 30, TODAY, ZONE, 11), StatsRepository.WriteListener.NONE);
        vm.refresh();
        List<String> changes = new ArrayList<>();
        vm.notes().addListener((javafx.collections.ListChangeListener<NoteRow>) c -> changes.add(c.toString()));

        repo.write(new com.hongshu.studio.core.stats.StatsBatch(List.of(), List.of(), List.of(),
                List.of(new com.hongshu.studio.core.stats.AccountDay(TODAY, 100, 3, 1, 9))),
                StatsRepository.WriteListener.NONE);
        vm.refresh();
        assertThat(changes).isEmpty();

        repo.write(StatsFixtures.year(4, 30, TODAY, ZONE, 11), StatsRepository.WriteListener.NONE);
        vm.refresh();
        assertThat(changes).hasSize(1);
        assertThat(vm.notes()).hasSize(4);
    }

    @Test
    void aBadRowPastThePreviewStopsTheImportSaysWhereAndKeepsNothing() throws Exception {
        ws.close();
        open(Locale.SIMPLIFIED_CHINESE);
        StringBuilder csv = new StringBuilder("笔记标题,日期,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长\n");
        for (int d = 0; d < 12; d++) {
            csv.append("咖啡探店,2026-11-").append(10 + d).append(",900,").append(d == 9 ? "一千五" : "150")
                    .append(",11.1%,10,1,4,0,2,18.5\n");
        }
        Path file = Files.writeString(dir.resolve("咖啡探店_数据明细表.csv"), csv.toString());
        importer.read(file);
        assertThat(importer.previewProperty().get().sample()).hasSize(5); // the preview reads the first rows only
        importer.confirm();
        assertThat(importer.importingProperty().get()).isFalse();
        assertThat(notifier.notices()).singleElement().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Notifier.Level.WARNING);
            assertThat(n.message()).contains("第 11 行").contains("观看量").contains("一千五");
        });
        assertThat(repo.span()).isEmpty();
    }
}
