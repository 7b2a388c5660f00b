package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteInfo;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.NoteSnapshot;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsRepository.Cancelled;
import com.hongshu.studio.core.stats.StatsRepository.WriteListener;
import com.hongshu.studio.core.stats.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * One batch written inside one transaction: raw rows with prepared statements, and the differences they make gathered
 * in memory and applied to the rollups once at the end (a day loaded again contributes only its difference).
 */
final class StatsWriter {

    private static final int REPORT_EVERY = 10_000;
    private static final String COLS = "impressions, views, likes, collects, comments, shares, follower_gain, view_ms";

    /** A stat note as the writer tracks it during the batch. */
    private static final class Subject {
        final long id;
        Long lastDay;
        Long pubDay;
        Delta total = new Delta();
        Delta d1 = new Delta();
        Delta w1 = new Delta();
        Long minDay;
        Long maxDay;
        int flagged;

        Subject(long id, Long lastDay, Long pubDay) {
            this.id = id;
            this.lastDay = lastDay;
            this.pubDay = pubDay;
        }
    }

    /** Counter differences, mutable while a batch is summed. */
    static final class Delta {
        final long[] v = new long[8];

        void add(long[] values, int sign) {
            for (int i = 0; i < 8; i++) {
                v[i] += sign * values[i];
            }
        }
    }

    private final Connection c;
    private final ZoneId zone;
    private final Map<String, Subject> byKey = new HashMap<>();
    /** The same refs come back on every row of a note: found by the record itself before building its key. */
    private final Map<NoteRef, Subject> byRef = new HashMap<>();
    private final Map<Long, Delta> byDay = new HashMap<>();
    private final Set<Subject> republished = new HashSet<>();
    private static final int FLUSH_EVERY = 5_000;

    private final PreparedStatement upsertDay;
    private final PreparedStatement selectRange;
    private int pending;
    private long inserted;
    private long replaced;
    private long flagged;
    /** The account_id of account figures from a creator-centre file. */
    static final long IMPORTED = 0;
    private final long figuresAccount;

    /** For an imported file, whose account figures name no account. */
    StatsWriter(Connection c, ZoneId zone) throws SQLException {
        this(c, zone, IMPORTED);
    }

    /** {@code figuresAccount}: the account the batch's account figures belong to ({@link #IMPORTED} for a file). */
    StatsWriter(Connection c, ZoneId zone, long figuresAccount) throws SQLException {
        this.c = c;
        this.zone = zone;
        this.figuresAccount = figuresAccount;
        // sqlite-jdbc runs a batch several times faster than one executeUpdate per row (measured: ~2.5x).
        upsertDay = c.prepareStatement("INSERT OR REPLACE INTO stat_note_day (stat_id, day, " + COLS
                + ", flagged) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        selectRange = c.prepareStatement("SELECT day, " + COLS + ", flagged FROM stat_note_day "
                + "WHERE stat_id = ? AND day BETWEEN ? AND ?");
    }

    private WriteListener listener = WriteListener.NONE;
    private long total;
    private long done;
    private long account;
    private PreparedStatement upsertAccount;

    WriteResult write(StatsBatch batch, WriteListener listener) throws SQLException {
        start(batch.size(), listener);
        add(batch);
        return finish();
    }

    /** Begins a write of {@code total} rows (0 when not known yet, as for a streamed file). */
    void start(long total, WriteListener listener) {
        this.total = total;
        this.listener = listener;
    }

    /** Writes one batch of the transaction; the rollups are applied once, by {@link #finish()}. */
    void add(StatsBatch batch) throws SQLException {
        for (NoteInfo info : batch.notes()) {
            describe(subject(info.note()), info.note(), info.publishedAt(), info.kind());
            tick();
        }
        for (NoteSnapshot s : batch.snapshots()) {
            Subject subject = subject(s.note());
            describe(subject, s.note(), s.publishedAt(), s.kind());
            long day = s.asOf().toEpochDay();
            long[] before = sumBefore(subject.id, day);
            long[] totals = values(s.totals(), s.avgViewMillis() * Math.max(0, s.totals().views()));
            long[] today = new long[8];
            for (int i = 0; i < 8; i++) {
                today[i] = totals[i] - before[i];
            }
            put(subject, day, today, existing(subject, day, day).get(day));
            tick();
        }
        Map<Subject, List<NoteDay>> bySubject = new java.util.LinkedHashMap<>();
        Subject last = null;
        List<NoteDay> lastGroup = null;
        for (NoteDay d : batch.days()) {
            Subject s = subject(d.note());
            if (s != last) { // a file lists one note's days together: no map lookup per row
                last = s;
                lastGroup = bySubject.computeIfAbsent(s, k -> new ArrayList<>());
            }
            lastGroup.add(d);
        }
        for (Map.Entry<Subject, List<NoteDay>> group : bySubject.entrySet()) {
            Subject subject = group.getKey();
            List<NoteDay> days = group.getValue();
            // In day order, each row lands at the end of the note's key range: SQLite fills pages instead of
            // splitting them (exports list the newest day first).
            days.sort(java.util.Comparator.comparing(NoteDay::day));
            long lo = days.get(0).day().toEpochDay();
            long hi = days.get(days.size() - 1).day().toEpochDay();
            // One range read finds every stored day this batch replaces; appending days need none.
            Map<Long, long[]> stored = subject.lastDay != null && lo <= subject.lastDay
                    ? existing(subject, lo, Math.min(hi, subject.lastDay)) : new HashMap<>();
            long prevDay = Long.MIN_VALUE;
            long[] prev = null;
            for (NoteDay d : days) {
                long day = d.day().toEpochDay();
                long[] now = values(d.counts(), d.viewMillisTotal());
                // A day listed twice in one batch replaces its first row (sorted, so they are neighbours).
                long[] old = day == prevDay ? withFlag(prev) : stored.isEmpty() ? null : stored.get(day);
                put(subject, day, now, old);
                prevDay = day;
                prev = now;
                tick();
            }
        }
        if (!batch.account().isEmpty() && upsertAccount == null) {
            upsertAccount = c.prepareStatement("INSERT OR REPLACE INTO stat_account_day (account_id, day, followers, "
                    + "new_followers, lost_followers, profile_visits, flagged) VALUES (?,?,?,?,?,?,?)");
        }
        for (AccountDay a : batch.account()) {
            boolean backwards = a.followers() < 0 || a.newFollowers() < 0 || a.lostFollowers() < 0
                    || a.profileVisits() < 0;
            upsertAccount.setLong(1, figuresAccount);
            upsertAccount.setLong(2, a.day().toEpochDay());
            upsertAccount.setLong(3, a.followers());
            upsertAccount.setLong(4, a.newFollowers());
            upsertAccount.setLong(5, a.lostFollowers());
            upsertAccount.setLong(6, a.profileVisits());
            upsertAccount.setInt(7, backwards ? 1 : 0);
            upsertAccount.executeUpdate();
            flagged += backwards ? 1 : 0;
            account++;
            tick();
        }
    }

    /** Applies the rollup differences of everything added, once. */
    WriteResult finish() throws SQLException {
        flush();
        applyRollups();
        listener.progress(total == 0 ? done : total, total == 0 ? done : total);
        upsertDay.close();
        selectRange.close();
        if (upsertAccount != null) {
            upsertAccount.close();
        }
        return new WriteResult(inserted, replaced, flagged, account);
    }

    private void tick() {
        if (++done % REPORT_EVERY == 0) {
            if (listener.cancelled()) {
                throw new Cancelled();
            }
            listener.progress(done, total);
        }
    }

    static long[] values(Counts k, long viewMs) {
        return new long[] {k.impressions(), k.views(), k.likes(), k.collects(), k.comments(), k.shares(),
                k.followerGain(), viewMs};
    }

    /** Rows of {@code s} stored for days in [lo, hi], as 8 counters plus the flag. */
    private Map<Long, long[]> existing(Subject s, long lo, long hi) throws SQLException {
        Map<Long, long[]> out = new HashMap<>();
        if (s.lastDay == null || lo > s.lastDay) {
            return out;
        }
        flush();
        selectRange.setLong(1, s.id);
        selectRange.setLong(2, lo);
        selectRange.setLong(3, hi);
        try (ResultSet rs = selectRange.executeQuery()) {
            while (rs.next()) {
                long[] row = new long[9];
                for (int i = 0; i < 9; i++) {
                    row[i] = rs.getLong(i + 2);
                }
                out.put(rs.getLong(1), row);
            }
        }
        return out;
    }

    private static long[] withFlag(long[] now) {
        long[] row = java.util.Arrays.copyOf(now, 9);
        row[8] = backwards(now) ? 1 : 0;
        return row;
    }

    private static boolean backwards(long[] now) {
        for (int i = 0; i < 7; i++) {
            if (now[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            upsertDay.executeBatch();
            pending = 0;
        }
    }

    /** Writes one day of {@code s}; {@code old} is what was stored for it (counters and flag), or null. */
    private void put(Subject s, long day, long[] now, long[] old) throws SQLException {
        boolean backwards = backwards(now);
        int oldFlag = old == null ? 0 : (int) old[8];
        upsertDay.setLong(1, s.id);
        upsertDay.setLong(2, day);
        for (int i = 0; i < 8; i++) {
            upsertDay.setLong(i + 3, now[i]);
        }
        upsertDay.setInt(11, backwards ? 1 : 0);
        upsertDay.addBatch();
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
        if (old == null) {
            inserted++;
        } else {
            replaced++;
        }
        flagged += backwards ? 1 : 0;
        s.flagged += (backwards ? 1 : 0) - oldFlag;
        Delta dayDelta = dayDelta(day);
        dayDelta.add(now, 1);
        s.total.add(now, 1);
        if (old != null) {
            dayDelta.add(old, -1);
            s.total.add(old, -1);
        }
        if (s.pubDay != null && day >= s.pubDay && day < s.pubDay + 7 && !republished.contains(s)) {
            s.w1.add(now, 1);
            if (old != null) {
                s.w1.add(old, -1);
            }
            if (day == s.pubDay) {
                s.d1.add(now, 1);
                if (old != null) {
                    s.d1.add(old, -1);
                }
            }
        }
        s.lastDay = s.lastDay == null ? day : Math.max(s.lastDay, day);
        s.minDay = s.minDay == null ? day : Math.min(s.minDay, day);
        s.maxDay = s.maxDay == null ? day : Math.max(s.maxDay, day);
    }

    /** The day's rollup difference; most days of a batch fall in one range, kept in an array (no boxing). */
    private Delta dayDelta(long day) {
        if (dayBase == Long.MIN_VALUE) {
            dayBase = day - 4096;
        }
        long i = day - dayBase;
        if (i >= 0 && i < dayDeltas.length) {
            Delta d = dayDeltas[(int) i];
            if (d == null) {
                d = new Delta();
                dayDeltas[(int) i] = d;
                byDay.put(day, d);
            }
            return d;
        }
        return byDay.computeIfAbsent(day, k -> new Delta());
    }

    private final Delta[] dayDeltas = new Delta[8192];
    private long dayBase = Long.MIN_VALUE;

    private long[] sumBefore(long id, long day) throws SQLException {
        flush();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + sums("") + " FROM stat_note_day "
                + "WHERE stat_id = ? AND day < ?")) {
            ps.setLong(1, id);
            ps.setLong(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                long[] out = new long[8];
                rs.next();
                for (int i = 0; i < 8; i++) {
                    out[i] = rs.getLong(i + 1);
                }
                return out;
            }
        }
    }

    private static String sums(String prefix) {
        StringBuilder b = new StringBuilder();
        for (String col : COLS.split(", ")) {
            b.append(b.length() == 0 ? "" : ", ").append("COALESCE(SUM(").append(prefix).append(col).append("), 0)");
        }
        return b.toString();
    }

    private Subject subject(NoteRef ref) throws SQLException {
        Subject known = byRef.get(ref);
        if (known != null) {
            return known;
        }
        Subject found = byKey.get(ref.key());
        if (found != null) {
            byRef.put(ref, found);
            return found;
        }
        NoteRef resolved = ref.noteId() != null ? ref : matchLocal(ref);
        Subject s = byKey.get(resolved.key());
        if (s == null) {
            s = load(resolved.key());
        }
        if (s == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO stat_note (ref_key, note_id, platform_id, title) VALUES (?,?,?,?)")) {
                ps.setString(1, resolved.key());
                ps.setObject(2, resolved.noteId());
                ps.setString(3, resolved.platformId());
                ps.setString(4, resolved.title());
                ps.executeUpdate();
            }
            s = load(resolved.key());
        }
        byKey.put(ref.key(), s);
        byKey.put(resolved.key(), s);
        byRef.put(ref, s);
        return s;
    }

    private Subject load(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, last_day, pub_day FROM stat_note WHERE ref_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Subject(rs.getLong(1), nullableLong(rs, 2),
                        nullableLong(rs, 3));
            }
        }
    }

    /** Live local notes by title (only titles that are unique) and by platform id, read once per batch. */
    private Map<String, Long> localByTitle;
    private Map<String, Long> localByRemote;

    private void loadLocalNotes() throws SQLException {
        localByTitle = new HashMap<>();
        localByRemote = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, remote_id FROM note WHERE deleted_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String title = rs.getString(2);
                if (title != null && !title.isBlank() && localByTitle.put(title.strip(), id) != null) {
                    duplicated.add(title.strip());
                }
                if (rs.getString(3) != null) {
                    localByRemote.put(rs.getString(3), id);
                }
            }
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no such table")) {
                throw e;
            }
        }
        duplicated.forEach(localByTitle::remove);
    }

    /** An import that names a note by platform id or by a unique title is matched to the studio's own note. */
    private NoteRef matchLocal(NoteRef ref) throws SQLException {
        if (localByTitle == null) {
            loadLocalNotes();
        }
        Long id = ref.platformId() != null ? localByRemote.get(ref.platformId()) : localByTitle.get(ref.title());
        return id == null ? ref : new NoteRef(id, ref.platformId(), ref.title());
    }

    private void describe(Subject s, NoteRef ref, Instant publishedAt, String kind) throws SQLException {
        if (publishedAt == null && kind == null) {
            return;
        }
        ZonedDateTime at = publishedAt == null ? null : publishedAt.atZone(zone);
        try (PreparedStatement ps = c.prepareStatement("UPDATE stat_note SET kind = COALESCE(?, kind), "
                + "published_at = COALESCE(?, published_at), pub_day = COALESCE(?, pub_day), "
                + "pub_weekday = COALESCE(?, pub_weekday), pub_hour = COALESCE(?, pub_hour), "
                + "platform_id = COALESCE(platform_id, ?) WHERE id = ?")) {
            ps.setString(1, kind == null || kind.isBlank() ? null : kind);
            ps.setObject(2, at == null ? null : publishedAt.toEpochMilli());
            ps.setObject(3, at == null ? null : at.toLocalDate().toEpochDay());
            ps.setObject(4, at == null ? null : at.getDayOfWeek().getValue());
            ps.setObject(5, at == null ? null : at.getHour());
            ps.setString(6, ref.platformId());
            ps.setLong(7, s.id);
            ps.executeUpdate();
        }
        if (at != null && !Long.valueOf(at.toLocalDate().toEpochDay()).equals(s.pubDay)) {
            s.pubDay = at.toLocalDate().toEpochDay();
            republished.add(s);
        }
    }

    private void applyRollups() throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String prefix : new String[] {"", "d1_", "w1_"}) {
            for (String col : COLS.split(", ")) {
                if (!prefix.isEmpty() && col.equals("view_ms")) {
                    continue;
                }
                set.append(prefix).append(col).append(" = ").append(prefix).append(col).append(" + ?, ");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE stat_note SET " + set
                + "flagged_days = flagged_days + ?, first_day = MIN(COALESCE(first_day, ?), ?), "
                + "last_day = MAX(COALESCE(last_day, ?), ?) WHERE id = ?")) {
            for (Subject s : new HashSet<>(byKey.values())) {
                if (s.minDay == null) {
                    continue;
                }
                int i = 1;
                for (Delta d : new Delta[] {s.total, s.d1, s.w1}) {
                    for (int k = 0; k < (d == s.total ? 8 : 7); k++) {
                        ps.setLong(i++, d.v[k]);
                    }
                }
                ps.setInt(i++, s.flagged);
                ps.setLong(i++, s.minDay);
                ps.setLong(i++, s.minDay);
                ps.setLong(i++, s.maxDay);
                ps.setLong(i++, s.maxDay);
                ps.setLong(i, s.id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stat_day (day, " + COLS + ") VALUES (?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT(day) DO UPDATE SET impressions = impressions + excluded.impressions, "
                + "views = views + excluded.views, likes = likes + excluded.likes, "
                + "collects = collects + excluded.collects, comments = comments + excluded.comments, "
                + "shares = shares + excluded.shares, follower_gain = follower_gain + excluded.follower_gain, "
                + "view_ms = view_ms + excluded.view_ms")) {
            for (Map.Entry<Long, Delta> e : byDay.entrySet()) {
                ps.setLong(1, e.getKey());
                for (int k = 0; k < 8; k++) {
                    ps.setLong(k + 2, e.getValue().v[k]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (Subject s : republished) {
            recomputeEarlyDays(s);
        }
    }

    /** When a note's publishing day becomes known (or changes), its first day and week are summed from its rows. */
    private void recomputeEarlyDays(Subject s) throws SQLException {
        StringBuilder set = new StringBuilder();
        String[] cols = COLS.split(", ");
        for (int k = 0; k < 7; k++) {
            set.append(k == 0 ? "" : ", ").append("d1_").append(cols[k]).append(" = (SELECT COALESCE(SUM(")
                    .append(cols[k]).append("), 0) FROM stat_note_day WHERE stat_id = ?1 AND day = ?2)");
            set.append(", w1_").append(cols[k]).append(" = (SELECT COALESCE(SUM(").append(cols[k])
                    .append("), 0) FROM stat_note_day WHERE stat_id = ?1 AND day BETWEEN ?2 AND ?2 + 6)");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE stat_note SET " + set + " WHERE id = ?1")) {
            ps.setLong(1, s.id);
            ps.setLong(2, s.pubDay);
            ps.executeUpdate();
        }
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
