package com.hongshu.studio.store.notes;

import com.hongshu.studio.core.notes.CropRatio;
import com.hongshu.studio.core.notes.CropRect;
import com.hongshu.studio.core.notes.Declaration;
import com.hongshu.studio.core.notes.Note;
import com.hongshu.studio.core.notes.NoteImage;
import com.hongshu.studio.core.notes.NoteKind;
import com.hongshu.studio.core.notes.NoteStatus;
import com.hongshu.studio.core.notes.Visibility;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Mapping between {@link Note} and the rows of {@code note}, {@code note_media}, {@code note_product}, {@code note_tag}. */
final class NoteRows {

    private NoteRows() {
    }

    private static final String COLUMNS = "kind, title, body, topics, mentions, location, visibility, declarations,"
            + " video_media_id, video_cover_ms, status, scheduled_at, remote_id, created_at, updated_at";

    static Note insert(Connection c, Note n) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO note(" + COLUMNS + ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, n);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return n.withId(keys.getLong(1));
            }
        }
    }

    static void update(Connection c, Note n) throws Exception {
        String set = Arrays.stream(COLUMNS.split(",\\s*")).map(col -> col + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET " + set + " WHERE id = ?")) {
            int i = bind(ps, n);
            ps.setLong(i, n.id());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("note " + n.id() + " is gone");
            }
        }
    }

    private static int bind(PreparedStatement ps, Note n) throws Exception {
        int i = 1;
        ps.setString(i++, n.kind().name());
        ps.setString(i++, n.title());
        ps.setString(i++, n.body());
        ps.setString(i++, String.join("\n", n.topics()));
        ps.setString(i++, String.join("\n", n.mentions()));
        ps.setString(i++, n.location());
        ps.setString(i++, n.visibility().name());
        ps.setString(i++, n.declarations().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        ps.setObject(i++, n.videoMediaId());
        ps.setLong(i++, n.videoCoverMillis());
        ps.setString(i++, n.status().name());
        ps.setObject(i++, n.scheduledAt() == null ? null : n.scheduledAt().toEpochMilli());
        ps.setString(i++, n.remoteId());
        ps.setLong(i++, n.createdAt().toEpochMilli());
        ps.setLong(i++, n.updatedAt().toEpochMilli());
        return i;
    }

    static void writeChildren(Connection c, Note n) throws Exception {
        for (String table : List.of("note_media", "note_product", "note_tag")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE note_id = ?")) {
                ps.setLong(1, n.id());
                ps.executeUpdate();
            }
        }
        if (!n.images().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_media(note_id, position, media_id,"
                    + " crop_ratio, crop_x, crop_y, crop_w, crop_h) VALUES(?,?,?,?,?,?,?,?)")) {
                for (int pos = 0; pos < n.images().size(); pos++) {
                    NoteImage img = n.images().get(pos);
                    CropRect crop = img.crop();
                    ps.setLong(1, n.id());
                    ps.setInt(2, pos);
                    ps.setLong(3, img.mediaId());
                    ps.setString(4, crop == null ? null : crop.ratio().name());
                    ps.setObject(5, crop == null ? null : crop.x());
                    ps.setObject(6, crop == null ? null : crop.y());
                    ps.setObject(7, crop == null ? null : crop.width());
                    ps.setObject(8, crop == null ? null : crop.height());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!n.linkedProductIds().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO note_product(note_id, position, product_id) VALUES(?,?,?)")) {
                for (int pos = 0; pos < n.linkedProductIds().size(); pos++) {
                    ps.setLong(1, n.id());
                    ps.setInt(2, pos);
                    ps.setLong(3, n.linkedProductIds().get(pos));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!n.topics().isEmpty() || !n.mentions().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO note_tag(kind, tag, note_id) VALUES(?,?,?)")) {
                for (String t : n.topics()) {
                    ps.setString(1, "T");
                    ps.setString(2, t);
                    ps.setLong(3, n.id());
                    ps.addBatch();
                }
                for (String m : n.mentions()) {
                    ps.setString(1, "M");
                    ps.setString(2, m);
                    ps.setLong(3, n.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Loads whole notes selected by {@code whereAndOrder} on table {@code note}. */
    static List<Note> load(Connection c, String whereAndOrder, List<Object> args) throws Exception {
        Map<Long, Note> notes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM note " + whereAndOrder)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    notes.put(id, new Note(id, NoteKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            lines(rs.getString(5)), lines(rs.getString(6)), rs.getString(7),
                            Visibility.valueOf(rs.getString(8)), declarations(rs.getString(9)),
                            List.of(), longOrNull(rs, 10), rs.getLong(11), List.of(),
                            NoteStatus.valueOf(rs.getString(12)), instant(rs, 13), rs.getString(14),
                            Instant.ofEpochMilli(rs.getLong(15)), Instant.ofEpochMilli(rs.getLong(16))));
                }
            }
        }
        List<Note> out = new ArrayList<>();
        for (Note n : notes.values()) {
            out.add(withChildren(c, n));
        }
        return out;
    }

    private static Note withChildren(Connection c, Note n) throws Exception {
        List<NoteImage> images = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT media_id, crop_ratio, crop_x, crop_y, crop_w, crop_h"
                + " FROM note_media WHERE note_id = ? ORDER BY position")) {
            ps.setLong(1, n.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ratio = rs.getString(2);
                    images.add(new NoteImage(rs.getLong(1), ratio == null ? null : new CropRect(
                            CropRatio.valueOf(ratio), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6))));
                }
            }
        }
        List<Long> products = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT product_id FROM note_product WHERE note_id = ? ORDER BY position")) {
            ps.setLong(1, n.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.add(rs.getLong(1));
                }
            }
        }
        return new Note(n.id(), n.kind(), n.title(), n.body(), n.topics(), n.mentions(), n.location(),
                n.visibility(), n.declarations(), images, n.videoMediaId(), n.videoCoverMillis(), products,
                n.status(), n.scheduledAt(), n.remoteId(), n.createdAt(), n.updatedAt());
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static Set<Declaration> declarations(String s) {
        Set<Declaration> out = EnumSet.noneOf(Declaration.class);
        if (s != null && !s.isEmpty()) {
            for (String name : s.split(",")) {
                out.add(Declaration.valueOf(name));
            }
        }
        return out;
    }

    static Long longOrNull(ResultSet rs, int col) throws Exception {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, int col) throws Exception {
        Long v = longOrNull(rs, col);
        return v == null ? null : Instant.ofEpochMilli(v);
    }
}
