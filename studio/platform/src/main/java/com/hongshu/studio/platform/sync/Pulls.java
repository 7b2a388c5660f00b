package com.hongshu.studio.platform.sync;

import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.core.sync.SyncCursor;
import com.hongshu.studio.core.sync.SyncCursorRepository;
import com.hongshu.studio.platform.Orders;
import com.hongshu.studio.platform.PlatformClient;
import com.hongshu.studio.platform.Stats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Pulls platform data into the sinks. Note statistics follow the cursor page by page from an {@code updatedSince}
 * high-water mark minus an overlap (late counters are not missed); the cursor is stored after each delivered page, so
 * a crash mid-pull resumes there; the mark moves only when a pull completed. Orders are read by update time in the
 * windows the platform allows (30 min), from the mark minus the overlap.
 */
public final class Pulls {

    /** Late-arriving updates within this much before the mark are read again. */
    public static final Duration OVERLAP = Duration.ofMinutes(10);
    static final int STATS_PAGE = 48;
    static final int ORDER_PAGE = 100;
    static final Duration FIRST_ORDERS = Duration.ofHours(24);
    static final int DAYS = 7;

    private final LongFunction<PlatformClient> clients;
    private final SyncCursorRepository cursors;
    private final Clock clock;
    private int statsPage = STATS_PAGE;

    public Pulls(LongFunction<PlatformClient> clients, SyncCursorRepository cursors, Clock clock) {
        this.clients = clients;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** Page size of the stats listing (12, 24, 36 or 48). */
    public Pulls withStatsPage(int size) {
        this.statsPage = size;
        return this;
    }

    static String statsCursor(long accountId) {
        return "stats:" + accountId;
    }

    static String ordersCursor(long accountId) {
        return "orders:" + accountId;
    }

    /** Returns how many rows were delivered. */
    public int noteStats(long accountId, PullSinks.NoteStatsSink sink) {
        PlatformClient client = clients.apply(accountId);
        String name = statsCursor(accountId);
        SyncCursor stored = cursors.find(name).orElse(new SyncCursor(name, null, null, null));
        Long since = stored.highWaterMark() == null ? null : stored.highWaterMark().minus(OVERLAP).toEpochMilli();
        String cursor = stored.cursor();
        long newMark = stored.highWaterMark() == null ? 0 : stored.highWaterMark().toEpochMilli();
        int delivered = 0;
        while (true) {
            Stats.StatsPage page = client.listStats(new Stats.StatsRequest(cursor, statsPage, since, null));
            List<PullSinks.NoteStats> rows = new ArrayList<>();
            for (Stats.NoteStats s : page.items()) {
                rows.add(new PullSinks.NoteStats(accountId, s.noteId(), s.title(), Instant.ofEpochMilli(s.postTime()),
                        s.impressions(), s.readCount(), s.likeCount(), s.collectCount(), s.commentCount(),
                        s.shareCount(), s.followerGain(), Instant.ofEpochMilli(s.statsUpdatedAt())));
                newMark = Math.max(newMark, s.statsUpdatedAt());
            }
            if (!rows.isEmpty()) {
                sink.accept(rows);
                delivered += rows.size();
            }
            if (!page.hasMore()) {
                cursors.save(new SyncCursor(name, null, newMark == 0 ? null : Instant.ofEpochMilli(newMark),
                        clock.instant()));
                return delivered;
            }
            if (page.cursor() == null || page.cursor().equals(cursor)) {
                throw new IllegalStateException("the stats listing says there is more but gives no new cursor");
            }
            cursor = page.cursor();
            cursors.save(new SyncCursor(name, cursor, stored.highWaterMark(), clock.instant()));
        }
    }

    /** The last {@value #DAYS} days of the account's figures (re-read each time: late figures change). */
    public int dailyFigures(long accountId, ZoneId zone, PullSinks.DailyFiguresSink sink) {
        PlatformClient client = clients.apply(accountId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long from = today.minusDays(DAYS - 1L).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = clock.millis();
        List<PullSinks.DailyFigures> rows = new ArrayList<>();
        for (Stats.DailyStats d : client.getDailyStats(from, to).days()) {
            rows.add(new PullSinks.DailyFigures(accountId, LocalDate.parse(d.date()), d.followers(),
                    d.newFollowers(), d.lostFollowers(), d.profileViews()));
        }
        if (!rows.isEmpty()) {
            sink.accept(rows);
        }
        return rows.size();
    }

    /** Orders changed since the mark (minus the overlap; the last 24 h the first time), delivered per window. */
    public int orders(long accountId, PullSinks.OrderSink sink) {
        PlatformClient client = clients.apply(accountId);
        String name = ordersCursor(accountId);
        Instant now = clock.instant();
        Instant mark = cursors.find(name).map(SyncCursor::highWaterMark).orElse(null);
        Instant from = mark == null ? now.minus(FIRST_ORDERS) : mark.minus(OVERLAP);
        int delivered = 0;
        List<PullSinks.Order> batch = new ArrayList<>();
        Iterator<Orders.Order> it = client.orders(from.toEpochMilli(), now.toEpochMilli(), Orders.BY_UPDATED,
                ORDER_PAGE);
        while (it.hasNext()) {
            Orders.Order o = it.next();
            batch.add(new PullSinks.Order(accountId, o.orderId(), o.orderStatus(), Instant.ofEpochMilli(o.createdTime()),
                    Instant.ofEpochMilli(o.updateTime()), o.paidTime() == null ? null : Instant.ofEpochMilli(o.paidTime()),
                    o.skuList().stream().map(l -> new PullSinks.OrderLine(l.skuId(), l.erpCode(), l.qty(), l.price()))
                            .toList(), o.totalPayAmount()));
            if (batch.size() == ORDER_PAGE) {
                sink.accept(List.copyOf(batch));
                delivered += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
            delivered += batch.size();
        }
        cursors.save(new SyncCursor(name, null, now, now));
        return delivered;
    }
}
