package com.hongshu.studio.app.sync;

import com.hongshu.studio.sandbox.SandboxConfig;
import com.hongshu.studio.sandbox.SandboxServer;
import java.net.URI;
import java.nio.file.Path;

/**
 * The "local sandbox" account's platform: the sandbox server started in-process on loopback, its state in the
 * workspace's {@code sandbox/} folder, with the real limits and a clock that runs with the wall clock.
 */
final class LocalSandbox implements AutoCloseable {

    private final Path dir;
    private SandboxServer server;

    LocalSandbox(Path workspaceDir) {
        this.dir = workspaceDir.resolve("sandbox");
    }

    synchronized SandboxServer start() {
        if (server == null) {
            try {
                java.nio.file.Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create " + dir, e);
            }
            server = SandboxServer.start(SandboxConfig.defaults(dir.resolve("sandbox.db")));
        }
        return server;
    }

    synchronized com.hongshu.studio.sandbox.SandboxControl control() {
        return start().control();
    }

    synchronized boolean running() {
        return server != null;
    }

    synchronized URI baseUrl() {
        return start().baseUrl();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
