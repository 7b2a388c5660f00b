package com.hongshu.studio.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One studio per workspace. The first instance holds a lock on {@code .instance.lock} and listens on loopback; a
 * second one finds the lock held, asks the first to come to the front, and quits.
 */
public final class InstanceLock implements AutoCloseable {

    static final String LOCK_FILE = ".instance.lock";
    static final String ADDRESS_FILE = ".instance";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final ExecutorService listener;
    private final Path addressFile;

    private InstanceLock(FileChannel channel, FileLock lock, ServerSocket server, ExecutorService listener,
                         Path addressFile) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.listener = listener;
        this.addressFile = addressFile;
    }

    /**
     * Takes the workspace for this process, or returns empty when another instance holds it (after asking that one to
     * come to the front). {@code onActivate} runs on a background thread each time a later launch hands over.
     */
    public static Optional<InstanceLock> acquire(Path dir, Runnable onActivate) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            handOver(dir);
            return Optional.empty();
        }
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Path addressFile = dir.resolve(ADDRESS_FILE);
        Files.writeString(addressFile, server.getLocalPort() + " " + token, StandardCharsets.UTF_8);
        ExecutorService listener = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "studio-instance");
            t.setDaemon(true);
            return t;
        });
        listener.execute(() -> listen(server, token, onActivate));
        return Optional.of(new InstanceLock(channel, lock, server, listener, addressFile));
    }

    private static void listen(ServerSocket server, String token, Runnable onActivate) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String line = in.readLine();
                if (("activate " + token).equals(line)) {
                    Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                    out.write("ok\n");
                    out.flush();
                    onActivate.run();
                }
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void handOver(Path dir) throws IOException {
        String[] address = Files.readString(dir.resolve(ADDRESS_FILE), StandardCharsets.UTF_8).trim().split(" ");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(address[0])), 2000);
            s.setSoTimeout(5000);
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            out.write("activate " + address[1] + "\n");
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (!"ok".equals(reply)) {
                throw new IOException("the running studio did not answer");
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            listener.shutdownNow();
            Files.deleteIfExists(addressFile);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS releases the lock when the process ends anyway.
        }
    }
}
