package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local platform: an HTTP server on loopback implementing PLATFORM-API.md, its state in one SQLite file.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox.db")))) {
 *     URI base = sandbox.baseUrl();          // http://127.0.0.1:<port>
 *     String appId = sandbox.appId(), secret = sandbox.appSecret();
 *     SandboxControl control = sandbox.control();
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService executor;
    private final Store store;
    private final String appId;
    private final String appSecret;
    private final Object lock;

    private SandboxServer(HttpServer http, ExecutorService executor, Store store, String appId, String appSecret,
                          Object lock) {
        this.lock = lock;
        this.http = http;
        this.executor = executor;
        this.store = store;
        this.appId = appId;
        this.appSecret = appSecret;
    }

    public static SandboxServer start(SandboxConfig config) {
        // Without it JDK 17's server waits ~44 ms on every keep-alive reply (Nagle; JDK-6968351).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // Idle keep-alive connections are closed after 30 s by default, racing clients that reuse them; a local
        // server has no reason to hurry.
        if (System.getProperty("sun.net.httpserver.idleInterval") == null) {
            System.setProperty("sun.net.httpserver.idleInterval", "3600");
        }
        ObjectMapper json = new ObjectMapper();
        Store store = new Store(config.database(), json);
        try {
            VirtualClock clock = restoreClock(store, config);
            State s = new State(store, clock, new Settings(config), json, new Rules(Fixtures.FORBIDDEN_WORDS));
            Fixtures fixtures = new Fixtures(s);
            ObjectNode app;
            synchronized (s) {
                app = fixtures.seed(config.appSecret());
                store.commit();
            }
            Map<String, MethodDef> methods = new HashMap<>();
            OAuth oauth = new OAuth(s);
            oauth.register(methods);
            new Catalog(s).register(methods);
            new Commerce(s).register(methods);
            Orders orders = new Orders(s);
            orders.register(methods);
            Notes notes = new Notes(s);
            notes.register(methods);
            new Stats(s, notes).register(methods);
            Faults faults = new Faults();
            RateLimiter limiter = new RateLimiter();
            Gateway gateway = new Gateway(s, faults, methods, oauth, notes, limiter);
            Runnable persistClock = () -> persistClock(store, clock);
            ControlPlane control = new ControlPlane(s, faults, fixtures, oauth, notes, orders, limiter,
                    gateway.calls(), config, persistClock);

            HttpServer http = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 1024);
            http.createContext(Gateway.PATH, gateway);
            http.createContext(Gateway.UPLOAD_PATH, gateway);
            http.createContext("/ark/authorization", oauth);
            http.createContext(ControlPlane.PREFIX, control);
            ExecutorService executor = new ThreadPoolExecutor(config.threads(), config.threads(), 60,
                    TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
            http.setExecutor(executor);
            http.start();
            return new SandboxServer(http, executor, store, app.path("appId").asText(),
                    app.path("appSecret").asText(), s);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException("cannot start the sandbox on port " + config.port(), e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static VirtualClock restoreClock(Store store, SandboxConfig config) {
        String saved = store.meta("clock");
        long wall = System.currentTimeMillis();
        if (saved == null) return new VirtualClock(wall, config.frozenClock());
        long value = Long.parseLong(saved.substring(2));
        return saved.startsWith("F:") ? new VirtualClock(value, true) : new VirtualClock(wall + value, false);
    }

    private static void persistClock(Store store, VirtualClock clock) {
        long now = clock.now();
        store.meta("clock", clock.frozen() ? "F:" + now : "O:" + (now - System.currentTimeMillis()));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String appId() {
        return appId;
    }

    /** The seeded app's secret: for wiring a client, never for a log. */
    public String appSecret() {
        return appSecret;
    }

    public SandboxControl control() {
        return new SandboxControl(baseUrl());
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "SandboxServer[" + baseUrl() + ", appId=" + appId + "]";
    }
}
