package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's state: JSON documents by kind and id in one SQLite file. One connection, used by one thread at a
 * time (callers hold the gateway lock); every request runs in one transaction.
 */
final class Store implements AutoCloseable {
    private final Connection conn;
    private final ObjectMapper json;
    private final PreparedStatement get;
    private final PreparedStatement put;
    private final PreparedStatement listKind;
    private final PreparedStatement listSeller;
    private final PreparedStatement delete;
    private final PreparedStatement metaGet;
    private final PreparedStatement metaPut;
    // Sequences live in memory so ids handed out in a rolled-back transaction are never reused.
    private final ConcurrentHashMap<String, AtomicLong> seqs = new ConcurrentHashMap<>();
    // Committed documents already read, and this transaction's writes: most calls then never parse JSON twice.
    private final Map<String, ObjectNode> cache = new HashMap<>();
    private final Map<String, ObjectNode> pending = new HashMap<>();
    private boolean dirty;
    private static final ObjectNode DELETED = JsonNodeFactory.instance.objectNode();

    Store(Path file, ObjectMapper json) {
        this.json = json;
        try {
            conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = conn.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS doc(kind TEXT NOT NULL, id TEXT NOT NULL, seller TEXT,"
                        + " body TEXT NOT NULL, PRIMARY KEY(kind, id))");
                s.execute("CREATE INDEX IF NOT EXISTS doc_seller ON doc(kind, seller)");
                s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            }
            conn.setAutoCommit(false);
            get = conn.prepareStatement("SELECT body FROM doc WHERE kind=? AND id=?");
            put = conn.prepareStatement("INSERT OR REPLACE INTO doc(kind, id, seller, body) VALUES (?,?,?,?)");
            listKind = conn.prepareStatement("SELECT body FROM doc WHERE kind=? ORDER BY id");
            listSeller = conn.prepareStatement("SELECT body FROM doc WHERE kind=? AND seller=? ORDER BY id");
            delete = conn.prepareStatement("DELETE FROM doc WHERE kind=? AND id=?");
            metaGet = conn.prepareStatement("SELECT value FROM meta WHERE key=?");
            metaPut = conn.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)");
            conn.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open sandbox database " + file, e);
        }
    }

    /** A copy the caller may change; {@link #put} it back to keep the change. */
    ObjectNode get(String kind, String id) {
        String key = kind + '\u0000' + id;
        ObjectNode doc = pending.get(key);
        if (doc == null) doc = cache.get(key);
        if (doc == null) {
            doc = select(kind, id);
            if (doc == null) return null;
            cache.put(key, doc);
        }
        return doc == DELETED ? null : doc.deepCopy();
    }

    private ObjectNode select(String kind, String id) {
        try {
            get.setString(1, kind);
            get.setString(2, id);
            try (ResultSet rs = get.executeQuery()) {
                return rs.next() ? parse(rs.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void put(String kind, String id, String seller, ObjectNode body) {
        try {
            put.setString(1, kind);
            put.setString(2, id);
            put.setString(3, seller);
            put.setString(4, json.writeValueAsString(body));
            put.executeUpdate();
            pending.put(kind + '\u0000' + id, body.deepCopy());
            dirty = true;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void delete(String kind, String id) {
        try {
            delete.setString(1, kind);
            delete.setString(2, id);
            delete.executeUpdate();
            pending.put(kind + '\u0000' + id, DELETED);
            dirty = true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ObjectNode> list(String kind) {
        try {
            listKind.setString(1, kind);
            return read(listKind);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<ObjectNode> list(String kind, String seller) {
        try {
            listSeller.setString(1, kind);
            listSeller.setString(2, seller);
            return read(listSeller);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String meta(String key) {
        try {
            metaGet.setString(1, key);
            try (ResultSet rs = metaGet.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void meta(String key, String value) {
        try {
            metaPut.setString(1, key);
            metaPut.setString(2, value);
            metaPut.executeUpdate();
            dirty = true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long nextSeq(String name) {
        AtomicLong seq = seqs.computeIfAbsent(name, n -> {
            String stored = meta("seq." + n);
            return new AtomicLong(stored == null ? 0 : Long.parseLong(stored));
        });
        long next = seq.incrementAndGet();
        meta("seq." + name, Long.toString(next));
        return next;
    }

    /** Deletes every document whose kind is not listed in {@code keep}. */
    void wipeExcept(List<String> keep) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM doc WHERE kind NOT IN ("
                + String.join(",", keep.stream().map(k -> "?").toList()) + ")")) {
            for (int i = 0; i < keep.size(); i++) {
                ps.setString(i + 1, keep.get(i));
            }
            ps.executeUpdate();
            dirty = true;
            cache.clear();
            pending.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void commit() {
        // A read-only request has nothing to commit: skipping saves two round trips into SQLite.
        if (!dirty) return;
        try {
            dirty = false;
            conn.commit();
            cache.putAll(pending);
            pending.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void rollback() {
        try {
            dirty = false;
            pending.clear();
            conn.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ObjectNode> read(PreparedStatement ps) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            conn.rollback();
            try (Statement s = conn.createStatement()) {
                s.execute("PRAGMA optimize");
            }
            conn.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
