package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.stats.SqliteStatsRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of daily statistics for the demo workspace: the demo's published notes plus older imported-only notes, each
 * with a launch peak that decays into a long tail, a weekend lift, evening posts doing better, and account figures.
 */
public final class DashboardDemoData {

    private static final String[] OLDER = {"夏日防晒实测｜5款对比", "上海周末去哪儿", "一周通勤穿搭", "平价香水合集",
        "租房改造前后", "早餐30天不重样", "新手露营清单", "办公室午睡神器", "秋天第一杯奶茶", "极简衣橱养成记",
        "小个子显高秘诀", "手账排版灵感", "猫咪零食测评", "旅行收纳技巧", "健身小白第一周", "家常菜快手版",
        "毕业照拍摄攻略", "冬季护肤顺序", "读书笔记｜三月", "城市骑行路线", "宿舍好物分享", "周末烘焙｜司康",
        "咖啡拉花练习", "通勤包里有什么", "阳台种菜记录", "面试穿搭指南", "香港美食地图", "复古相机入门",
        "一人食晚餐", "年度好物总结"};

    private DashboardDemoData() {
    }

    public static void seed(Workspace ws, Random random, Clock clock, Progress progress) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<NoteRef> refs = new ArrayList<>();
        List<Note> published = new SqliteNoteRepository(ws.database(), clock).listByStatus(NoteStatus.PUBLISHED, 200);
        for (Note n : published) {
            refs.add(NoteRef.local(n.id(), n.title()));
        }
        for (String title : OLDER) {
            refs.add(NoteRef.titled(title));
        }
        List<NoteInfo> infos = new ArrayList<>();
        List<NoteDay> days = new ArrayList<>();
        long[] gainByDay = new long[366];
        long[] viewsByDay = new long[366];
        for (int i = 0; i < refs.size(); i++) {
            int age = 2 + random.nextInt(360);
            int hour = pickHour(random);
            Instant at = today.minusDays(age).atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
            infos.add(new NoteInfo(refs.get(i), at, random.nextInt(4) == 0 ? "视频" : "图文"));
            double quality = Math.exp(random.nextGaussian() * 0.7) * hourLift(hour);
            double ctr = 0.08 + random.nextDouble() * 0.08;
            for (int a = 0; a <= age; a++) {
                LocalDate day = today.minusDays(age - a);
                double weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? 1.25 : 1.0;
                double v = quality * (2600 * Math.exp(-a / 4.0) + 60 * Math.exp(-a / 90.0) + 8) * weekend
                        * (0.8 + random.nextDouble() * 0.4);
                long views = Math.round(v);
                long gain = Math.round(views * 0.004 * (0.5 + random.nextDouble()));
                days.add(NoteDay.of(refs.get(i), day, new Counts(Math.round(views / ctr), views,
                        Math.round(views * 0.06), Math.round(views * 0.04), Math.round(views * 0.009),
                        Math.round(views * 0.005), gain), 15_000 + random.nextInt(25_000)));
                int idx = 365 - (age - a);
                if (idx >= 0) {
                    gainByDay[idx] += gain;
                    viewsByDay[idx] += views;
                }
            }
            progress.update((double) i / refs.size(), null);
        }
        List<AccountDay> account = new ArrayList<>();
        long followers = 8_200;
        for (int d = 0; d <= 365; d++) {
            long fresh = gainByDay[d] + 4 + random.nextInt(8);
            long lost = Math.round(fresh * 0.25) + random.nextInt(3);
            followers += fresh - lost;
            account.add(new AccountDay(today.minusDays(365 - d), followers, fresh, lost,
                    Math.round(viewsByDay[d] * 0.03) + 20));
        }
        new SqliteStatsRepository(ws.database(), zone).write(new StatsBatch(infos, days, List.of(), account),
                StatsRepository.WriteListener.NONE);
    }

    private static int pickHour(Random random) {
        int[] hours = {7, 8, 12, 12, 13, 18, 19, 20, 20, 21, 21, 22, 10, 15, 23};
        return hours[random.nextInt(hours.length)];
    }

    /** Evening posts reach people after work; early ones less so. */
    private static double hourLift(int hour) {
        if (hour >= 19 && hour <= 21) {
            return 1.6;
        }
        if (hour == 12 || hour == 13 || hour == 18 || hour == 22) {
            return 1.2;
        }
        return hour < 9 ? 0.6 : 0.9;
    }
}
