package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsRepository.WriteListener;
import com.hongshu.studio.core.sync.PullSinks;
import com.hongshu.studio.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Sync's pulled statistics into the dashboard's store, through the same writer as the import. The platform reports a
 * note's counters since publishing at a moment; that moment's day (in the account's zone) gets what the counters grew
 * by since the stored days before it. Counters are kept monotonic: a report smaller than what is stored for its day
 * changes nothing, and a late report of an earlier day moves growth from the following stored day to it, so the
 * totals stay what the newest report said. A page delivered again therefore writes nothing.
 */
public final class PulledStats {

    /** The zone of an account not (or no longer) known. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int COUNTERS = 7;

    private final Database db;
    private final ZoneId userZone;
    private final LongFunction<Optional<ZoneId>> accountZones;
    private volatile Runnable onWritten = () -> { };

    /**
     * {@code userZone}: the zone the dashboard shows publishing hours in; {@code accountZones}: each account's zone,
     * whose calendar days the figures are kept by.
     */
    public PulledStats(Database db, ZoneId userZone, LongFunction<Optional<ZoneId>> accountZones) {
        this.db = db;
        this.userZone = userZone;
        this.accountZones = accountZones;
    }

    /** Runs (on the pulling thread) after a delivery changed stored figures. */
    public void onWritten(Runnable listener) {
        this.onWritten = listener;
    }

    ZoneId zone(long accountId) {
        return accountZones.apply(accountId).orElse(DEFAULT_ZONE);
    }

    /** Note counters: per note, its reports in order of time applied to its stored cumulative days. */
    public void acceptStats(List<PullSinks.NoteStats> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<PullSinks.NoteStats>> byNote = new LinkedHashMap<>();
        for (PullSinks.NoteStats r : rows) {
            byNote.computeIfAbsent(r.accountId() + "/" + r.remoteNoteId(), k -> new ArrayList<>()).add(r);
        }
        int written = db.inTransaction(c -> {
            List<NoteInfo> infos = new ArrayList<>();
            List<NoteDay> days = new ArrayList<>();
            for (List<PullSinks.NoteStats> reports : byNote.values()) {
                reports.sort(Comparator.comparing(PullSinks.NoteStats::statsUpdatedAt));
                PullSinks.NoteStats last = reports.get(reports.size() - 1);
                NoteRef ref = ref(c, last);
                infos.add(new NoteInfo(ref, last.postTime(), null));
                days.addAll(changedDays(c, ref, reports));
            }
            if (days.isEmpty()) {
                return 0;
            }
            new StatsWriter(c, userZone).write(new StatsBatch(infos, days, List.of(), List.of()), WriteListener.NONE);
            return days.size();
        });
        if (written > 0) {
            onWritten.run();
        }
    }

    /**
     * Account figures per account and day; new, lost and visitors of a day only grow (a smaller late report is
     * ignored).
     */
    public void acceptDaily(List<PullSinks.DailyFigures> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int written = db.inTransaction(c -> {
            Map<Long, List<AccountDay>> changed = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT followers, new_followers, lost_followers, "
                    + "profile_visits FROM stat_account_day WHERE account_id = ? AND day = ?")) {
                for (PullSinks.DailyFigures d : rows) {
                    ps.setLong(1, d.accountId());
                    ps.setLong(2, d.date().toEpochDay());
                    AccountDay now = new AccountDay(d.date(), d.followers(), d.newFollowers(), d.lostFollowers(),
                            d.profileViews());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            AccountDay stored = new AccountDay(d.date(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                    rs.getLong(4));
                            now = new AccountDay(d.date(), d.followers(),
                                    Math.max(stored.newFollowers(), d.newFollowers()),
                                    Math.max(stored.lostFollowers(), d.lostFollowers()),
                                    Math.max(stored.profileVisits(), d.profileViews()));
                            if (now.equals(stored)) {
                                continue;
                            }
                        }
                    }
                    changed.computeIfAbsent(d.accountId(), a -> new ArrayList<>()).add(now);
                }
            }
            int count = 0;
            for (Map.Entry<Long, List<AccountDay>> e : changed.entrySet()) {
                new StatsWriter(c, userZone, e.getKey()).write(new StatsBatch(List.of(), List.of(), List.of(),
                        e.getValue()), WriteListener.NONE);
                count += e.getValue().size();
            }
            return count;
        });
        if (written > 0) {
            onWritten.run();
        }
    }

    /** The studio's note with this remote id where it has one (so the dashboard can open it), else the platform id. */
    private static NoteRef ref(Connection c, PullSinks.NoteStats r) throws SQLException {
        Long local = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM note WHERE remote_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            ps.setString(1, r.remoteNoteId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    local = rs.getLong(1);
                }
            }
        }
        return new NoteRef(local, r.remoteNoteId(), r.title());
    }

    /** The days whose figures these reports change, with what each day should now hold. */
    private List<NoteDay> changedDays(Connection c, NoteRef ref, List<PullSinks.NoteStats> reports)
            throws SQLException {
        TreeMap<Long, long[]> stored = storedDays(c, ref.key());
        NavigableMap<Long, long[]> cumulative = new TreeMap<>();
        long[] running = new long[COUNTERS];
        for (Map.Entry<Long, long[]> e : stored.entrySet()) {
            for (int i = 0; i < COUNTERS; i++) {
                running[i] += e.getValue()[i];
            }
            cumulative.put(e.getKey(), running.clone());
        }
        for (PullSinks.NoteStats r : reports) {
            long day = LocalDate.ofInstant(r.statsUpdatedAt(), zone(r.accountId())).toEpochDay();
            long[] reported = {r.impressions(), r.reads(), r.likes(), r.collects(), r.comments(), r.shares(),
                    r.followerGain()};
            Map.Entry<Long, long[]> floor = cumulative.floorEntry(day);
            long[] at = floor == null ? new long[COUNTERS] : floor.getValue().clone();
            for (int i = 0; i < COUNTERS; i++) {
                at[i] = Math.max(at[i], reported[i]);
            }
            cumulative.put(day, at);
            for (long[] later : cumulative.tailMap(day, false).values()) {
                for (int i = 0; i < COUNTERS; i++) {
                    later[i] = Math.max(later[i], at[i]);
                }
            }
        }
        List<NoteDay> out = new ArrayList<>();
        long[] previous = new long[COUNTERS];
        for (Map.Entry<Long, long[]> e : cumulative.entrySet()) {
            long[] daily = new long[COUNTERS];
            for (int i = 0; i < COUNTERS; i++) {
                daily[i] = e.getValue()[i] - previous[i];
            }
            previous = e.getValue();
            long[] old = stored.get(e.getKey());
            if (old == null || !Arrays.equals(Arrays.copyOf(old, COUNTERS), daily)) {
                Counts counts = new Counts(daily[0], daily[1], daily[2], daily[3], daily[4], daily[5], daily[6]);
                out.add(new NoteDay(ref, LocalDate.ofEpochDay(e.getKey()), counts, old == null ? 0 : old[COUNTERS]));
            }
        }
        return out;
    }

    /** The note's stored days: 7 counters and the view time, in day order. */
    private static TreeMap<Long, long[]> storedDays(Connection c, String refKey) throws SQLException {
        TreeMap<Long, long[]> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.day, d.impressions, d.views, d.likes, d.collects, "
                + "d.comments, d.shares, d.follower_gain, d.view_ms FROM stat_note_day d "
                + "JOIN stat_note n ON n.id = d.stat_id WHERE n.ref_key = ?")) {
            ps.setString(1, refKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] row = new long[COUNTERS + 1];
                    for (int i = 0; i <= COUNTERS; i++) {
                        row[i] = rs.getLong(i + 2);
                    }
                    out.put(rs.getLong(1), row);
                }
            }
        }
        return out;
    }

    /** The port for note statistics (two methods: both ports take a list, so one class cannot implement both). */
    public PullSinks.NoteStatsSink statsSink() {
        return this::acceptStats;
    }

    public PullSinks.DailyFiguresSink dailySink() {
        return this::acceptDaily;
    }
}
