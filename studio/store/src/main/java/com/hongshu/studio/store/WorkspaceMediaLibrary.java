package com.hongshu.studio.store;

import com.hongshu.studio.core.media.MediaItem;
import com.hongshu.studio.core.media.MediaLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Media bytes under {@code media/ab/abcdef...} in the workspace folder, one row each in {@code media}. */
public final class WorkspaceMediaLibrary implements MediaLibrary {

    private final Database db;
    private final Path mediaDir;
    private final Clock clock;

    public WorkspaceMediaLibrary(Database db, Path mediaDir, Clock clock) {
        this.db = db;
        this.mediaDir = mediaDir;
        this.clock = clock;
    }

    @Override
    public MediaItem importFile(Path source, String mimeType, Integer width, Integer height) throws IOException {
        Files.createDirectories(mediaDir);
        Path temp = Files.createTempFile(mediaDir, "import-", ".part");
        try {
            String sha = copyHashing(source, temp);
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            long size = Files.size(target);
            String name = source.getFileName().toString();
            return db.inTransaction(c -> {
                Optional<MediaItem> existing = findBySha(c, sha);
                if (existing.isPresent()) {
                    return existing.get();
                }
                Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO media(sha256, original_name, mime_type, size_bytes, width, height, created_at)"
                                + " VALUES(?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, sha);
                    ps.setString(2, name);
                    ps.setString(3, mimeType);
                    ps.setLong(4, size);
                    ps.setObject(5, width);
                    ps.setObject(6, height);
                    ps.setLong(7, now.toEpochMilli());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return new MediaItem(keys.getLong(1), sha, name, mimeType, size, width, height, now);
                    }
                }
            });
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<MediaItem> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                return one(ps);
            }
        });
    }

    @Override
    public Path pathOf(MediaItem item) {
        return pathOf(item.sha256());
    }

    private Path pathOf(String sha) {
        return mediaDir.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static final String SELECT =
            "SELECT id, sha256, original_name, mime_type, size_bytes, width, height, created_at FROM media";

    private static Optional<MediaItem> findBySha(java.sql.Connection c, String sha) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE sha256 = ?")) {
            ps.setString(1, sha);
            return one(ps);
        }
    }

    private static Optional<MediaItem> one(PreparedStatement ps) throws Exception {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new MediaItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                    Instant.ofEpochMilli(rs.getLong(8))));
        }
    }

    private static String copyHashing(Path source, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
