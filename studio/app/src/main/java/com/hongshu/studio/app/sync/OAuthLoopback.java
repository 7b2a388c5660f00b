package com.hongshu.studio.app.sync;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desktop OAuth redirect: a one-shot HTTP listener on loopback that takes the {@code code} of the first redirect
 * whose {@code state} matches, answers the browser with a short page and stops.
 */
final class OAuthLoopback implements AutoCloseable {

    private static final String PATH = "/oauth/callback";

    private final HttpServer server;
    private final String state;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    private OAuthLoopback(HttpServer server, String state, String page) {
        this.server = server;
        this.state = state;
        server.createContext(PATH, exchange -> {
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            boolean ours = state.equals(q.get("state")) && q.get("code") != null;
            byte[] body = (ours ? page : "state mismatch").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(ours ? 200 : 400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            if (ours) {
                code.complete(q.get("code"));
            }
        });
        server.start();
    }

    /** Listens on an ephemeral loopback port; {@code page} is what the browser shows once it is done. */
    static OAuthLoopback open(String state, String page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        return new OAuthLoopback(server, state, page);
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Waits for the redirect (blocking: call off the FX thread). */
    String awaitCode(Duration timeout) throws IOException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no authorization within " + timeout.toMinutes() + " min", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    String state() {
        return state;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
