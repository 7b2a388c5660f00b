package com.hongshu.studio.store.stats;

import com.hongshu.studio.core.stats.AccountDay;
import com.hongshu.studio.core.stats.Counts;
import com.hongshu.studio.core.stats.DayTotal;
import com.hongshu.studio.core.stats.NoteDay;
import com.hongshu.studio.core.stats.NoteRef;
import com.hongshu.studio.core.stats.NoteOrder;
import com.hongshu.studio.core.stats.NoteStats;
import com.hongshu.studio.core.stats.SameAgeSummary;
import com.hongshu.studio.core.stats.PublishSlot;
import com.hongshu.studio.core.stats.ImportException;
import com.hongshu.studio.core.stats.StatsBatch;
import com.hongshu.studio.core.stats.StatsFeed;
import com.hongshu.studio.core.stats.StatsRepository;
import com.hongshu.studio.core.stats.WriteResult;
import com.hongshu.studio.core.workspace.StoreException;
import com.hongshu.studio.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statistics in the workspace database (V004); reads come from the rollups that {@link StatsWriter} maintains. */
public final class SqliteStatsRepository implements StatsRepository {

    /** Batches at least this large refresh the query planner's statistics afterwards. */
    static final int OPTIMIZE_AFTER_ROWS = 50_000;
    /** Page cache for a streamed import, in KiB (negative: SQLite's convention); the default is 2 MiB. */
    private static final int BULK_CACHE_SIZE = -65_536;
    private static final String COUNTS = "impressions, views, likes, collects, comments, shares, follower_gain";

    private final Database db;
    private final ZoneId zone;

    public SqliteStatsRepository(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public WriteResult write(StatsBatch batch, WriteListener listener) {
        WriteResult result = transaction(c -> new StatsWriter(c, zone).write(batch, listener));
        if (batch.size() >= OPTIMIZE_AFTER_ROWS) {
            optimize();
        }
        return result;
    }

    /**
     * Streams the feed into one transaction, with a larger page cache while it runs (bulk work only). The feed runs
     * on a reader thread a couple of batches ahead, so parsing a file and writing it overlap.
     */
    @Override
    public WriteResult writeAll(StatsFeed feed, WriteListener listener) {
        WriteResult result = transaction(c -> {
            long cache;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                cache = rs.next() ? rs.getLong(1) : -2000;
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = " + BULK_CACHE_SIZE);
            }
            try {
                StatsWriter writer = new StatsWriter(c, zone);
                writer.start(0, listener);
                try (FeedReader reader = new FeedReader(feed)) {
                    for (StatsBatch batch = reader.next(); batch != null; batch = reader.next()) {
                        writer.add(batch);
                    }
                }
                return writer.finish();
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA cache_size = " + cache);
                }
            }
        });
        if (result.inserted() + result.replaced() + result.account() >= OPTIMIZE_AFTER_ROWS) {
            optimize();
        }
        return result;
    }

    /** Runs {@code work} in one transaction; a cancel or a bad row in a streamed file comes out as itself. */
    private <T> T transaction(Database.SqlWork<T> work) {
        try {
            return db.inTransaction(work);
        } catch (StoreException e) {
            if (e.getCause() instanceof Cancelled cancelled) {
                throw cancelled;
            }
            if (e.getCause() instanceof ImportException bad) {
                throw bad;
            }
            throw e;
        }
    }

    private void optimize() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA analysis_limit = 1000");
                s.execute("PRAGMA optimize = 0x10002");
            }
            return null;
        });
    }

    @Override
    public List<DayTotal> daily(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT day, " + COUNTS
                    + ", view_ms FROM stat_day WHERE day BETWEEN ? AND ? ORDER BY day")) {
                ps.setLong(1, from.toEpochDay());
                ps.setLong(2, to.toEpochDay());
                List<DayTotal> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DayTotal(LocalDate.ofEpochDay(rs.getLong(1)), counts(rs, 2), rs.getLong(9)));
                    }
                }
                return out;
            }
        });
    }

    /** The studio's account figures of a day: every connected account's together. */
    private static final String ACCOUNT_DAYS = "SELECT day, SUM(followers), SUM(new_followers), SUM(lost_followers), "
            + "SUM(profile_visits) FROM stat_account_day s ";
    /** An imported file's figures count for a day no account's pull reported (they are the same account's, older). */
    private static final String ACCOUNTS_OF_A_DAY = "AND (account_id <> " + StatsWriter.IMPORTED
            + " OR NOT EXISTS (SELECT 1 FROM stat_account_day p WHERE p.day = s.day AND p.account_id <> "
            + StatsWriter.IMPORTED + ")) ";

    @Override
    public List<AccountDay> account(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_DAYS + "WHERE day BETWEEN ? AND ? "
                    + ACCOUNTS_OF_A_DAY + "GROUP BY day ORDER BY day")) {
                ps.setLong(1, from.toEpochDay());
                ps.setLong(2, to.toEpochDay());
                return accountRows(ps);
            }
        });
    }

    @Override
    public Optional<AccountDay> accountOnOrBefore(LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_DAYS + "WHERE day <= ? "
                    + ACCOUNTS_OF_A_DAY + "GROUP BY day ORDER BY day DESC LIMIT 1")) {
                ps.setLong(1, day.toEpochDay());
                return accountRows(ps).stream().findFirst();
            }
        });
    }

    private static List<AccountDay> accountRows(PreparedStatement ps) throws SQLException {
        List<AccountDay> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AccountDay(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)));
            }
        }
        return out;
    }

    private static String orderBy(NoteOrder order) {
        return switch (order) {
            case TITLE -> "s.title";
            case PUBLISHED -> "s.published_at";
            case IMPRESSIONS -> "s.impressions";
            case VIEWS -> "s.views";
            case LIKES -> "s.likes";
            case COLLECTS -> "s.collects";
            case COMMENTS -> "s.comments";
            case SHARES -> "s.shares";
            case FOLLOWER_GAIN -> "s.follower_gain";
            case ENGAGEMENTS -> "(s.likes + s.collects + s.comments + s.shares)";
            case ENGAGEMENT_RATE -> "(s.likes + s.collects + s.comments + s.shares) * 1.0 / NULLIF(s.views, 0)";
            case AVG_VIEW_TIME -> "s.view_ms * 1.0 / NULLIF(s.views, 0)";
            case FLAGGED_DAYS -> "s.flagged_days";
        };
    }

    @Override
    public long noteCount() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM stat_note WHERE first_day IS NOT NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public SameAgeSummary sameAge() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), COALESCE(AVG(d1_views), 0), COALESCE(MAX(d1_views), 0), "
                         + "COALESCE(AVG(w1_views), 0), COALESCE(MAX(w1_views), 0) FROM stat_note "
                         + "WHERE pub_day IS NOT NULL AND first_day IS NOT NULL")) {
                rs.next();
                return new SameAgeSummary(rs.getLong(1), rs.getDouble(2), rs.getLong(3), rs.getDouble(4),
                        rs.getLong(5));
            }
        });
    }

    @Override
    public List<NoteStats> topNotes(NoteOrder order, boolean descending, int limit) {
        String dir = descending ? " DESC" : " ASC";
        return db.read(c -> {
            boolean localNotes = hasTable(c, "note");
            String title = localNotes ? "COALESCE(NULLIF((SELECT n.title FROM note n WHERE n.id = s.note_id "
                    + "AND n.deleted_at IS NULL), ''), s.title)" : "s.title";
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.note_id, s.platform_id, " + title
                    + ", s.published_at, s.kind, " + COUNTS + ", view_ms, " + prefixed("d1_") + ", "
                    + prefixed("w1_") + ", first_day, last_day, flagged_days FROM stat_note s WHERE s.id IN (SELECT s.id FROM stat_note s WHERE first_day IS NOT NULL "
                    + "ORDER BY " + orderBy(order) + " IS NULL, " + orderBy(order) + dir + ", s.id LIMIT ?) "
                    + "ORDER BY " + orderBy(order) + " IS NULL, " + orderBy(order) + dir + ", s.id")) {
                ps.setLong(1, limit);
                ResultSet rs = ps.executeQuery();
                List<NoteStats> out = new ArrayList<>();
                while (rs.next()) {
                    Long noteId = StatsWriter.nullableLong(rs, 2);
                    Long published = StatsWriter.nullableLong(rs, 5);
                    out.add(new NoteStats(rs.getLong(1), new NoteRef(noteId, rs.getString(3), rs.getString(4)),
                            published == null ? null : Instant.ofEpochMilli(published), rs.getString(6),
                            counts(rs, 7), rs.getLong(14), counts(rs, 15), counts(rs, 22),
                            LocalDate.ofEpochDay(rs.getLong(29)), LocalDate.ofEpochDay(rs.getLong(30)),
                            rs.getInt(31)));
                }
                rs.close();
                return out;
            }
        });
    }

    private static String prefixed(String prefix) {
        return prefix + COUNTS.replace(", ", ", " + prefix);
    }

    private static boolean hasTable(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public List<NoteDay> noteDays(long id) {
        return db.read(c -> {
            NoteRef ref;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT note_id, platform_id, title FROM stat_note WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return List.of();
                    }
                    ref = new NoteRef(StatsWriter.nullableLong(rs, 1), rs.getString(2), rs.getString(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT day, " + COUNTS
                    + ", view_ms FROM stat_note_day WHERE stat_id = ? ORDER BY day")) {
                ps.setLong(1, id);
                List<NoteDay> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NoteDay(ref, LocalDate.ofEpochDay(rs.getLong(1)), counts(rs, 2), rs.getLong(9)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<PublishSlot> publishSlots() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pub_weekday, pub_hour, COUNT(*), SUM(w1_views), "
                    + "SUM(w1_likes + w1_collects + w1_comments + w1_shares) FROM stat_note "
                    + "WHERE pub_weekday IS NOT NULL AND first_day IS NOT NULL GROUP BY pub_weekday, pub_hour");
                 ResultSet rs = ps.executeQuery()) {
                List<PublishSlot> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PublishSlot(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<LocalDate[]> span() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT MIN(day) FROM stat_day), (SELECT MAX(day) FROM stat_day),"
                         + " (SELECT MIN(day) FROM stat_account_day), (SELECT MAX(day) FROM stat_account_day)")) {
                rs.next();
                Long lo = min(StatsWriter.nullableLong(rs, 1), StatsWriter.nullableLong(rs, 3));
                Long hi = max(StatsWriter.nullableLong(rs, 2), StatsWriter.nullableLong(rs, 4));
                if (lo == null) {
                    return Optional.<LocalDate[]>empty();
                }
                return Optional.of(new LocalDate[] {LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi)});
            }
        });
    }

    private static Long min(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static Long max(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    private static Counts counts(ResultSet rs, int first) throws SQLException {
        return new Counts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
                rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
    }
}
