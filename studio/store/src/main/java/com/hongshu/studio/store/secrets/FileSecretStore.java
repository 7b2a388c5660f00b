package com.hongshu.studio.store.secrets;

import com.hongshu.studio.core.secrets.SecretStore;
import com.hongshu.studio.core.workspace.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Secrets in a properties file readable by its owner only (0600 in a 0700 folder on POSIX systems; on Windows the
 * user's profile folder is already private). Written to a temporary file first, so a crash never leaves half a file.
 */
public final class FileSecretStore implements SecretStore {

    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized void write(String key, String value) {
        Properties p = load();
        p.setProperty(key, value);
        save(p);
    }

    @Override
    public synchronized void delete(String key) {
        Properties p = load();
        if (p.remove(key) != null) {
            save(p);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new StoreException("cannot read the secrets file", e);
            }
        }
        return p;
    }

    private void save(Properties p) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Files.createDirectories(dir);
            Path temp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Hongshu Studio account secrets: keep this file private");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write the secrets file", e);
        }
    }
}
