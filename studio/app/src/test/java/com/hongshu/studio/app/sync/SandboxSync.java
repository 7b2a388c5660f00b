package com.hongshu.studio.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.hongshu.studio.core.sync.EnqueueResult;
import com.hongshu.studio.core.sync.ExecuteRequest;
import com.hongshu.studio.core.sync.Lookup;
import com.hongshu.studio.core.sync.MediaResult;
import com.hongshu.studio.core.sync.MediaSource;
import com.hongshu.studio.core.sync.MediaStep;
import com.hongshu.studio.core.sync.NewOperation;
import com.hongshu.studio.core.sync.Operation;
import com.hongshu.studio.core.sync.OperationKind;
import com.hongshu.studio.core.sync.OperationStatus;
import com.hongshu.studio.core.sync.Outcome;
import com.hongshu.studio.core.sync.Payloads;
import com.hongshu.studio.core.sync.RemoteGateway;
import com.hongshu.studio.core.sync.SyncAccount;
import com.hongshu.studio.core.sync.SyncConfig;
import com.hongshu.studio.core.sync.SyncEngine;
import com.hongshu.studio.platform.InMemoryTokenStore;
import com.hongshu.studio.platform.PlatformClient;
import com.hongshu.studio.platform.PlatformConfig;
import com.hongshu.studio.platform.sync.JsonPayloadCodec;
import com.hongshu.studio.platform.sync.PlatformGateway;
import com.hongshu.studio.sandbox.SandboxConfig;
import com.hongshu.studio.sandbox.SandboxControl;
import com.hongshu.studio.sandbox.SandboxServer;
import com.hongshu.studio.store.Database;
import com.hongshu.studio.store.WorkspaceMediaLibrary;
import com.hongshu.studio.store.sync.SqliteMaterialCache;
import com.hongshu.studio.store.sync.SqliteOutboxRepository;
import com.hongshu.studio.store.sync.SqliteRateLimitRepository;
import com.hongshu.studio.store.sync.SqliteSyncAccountRepository;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The engine over a real workspace database, the real gateway and client, and the sandbox on loopback, with the
 * engine's clock and the sandbox's virtual clock moved together. {@link #restart()} drops the engine, the database
 * connection and the HTTP clients as a killed app would; the database file, the sandbox and the tokens stay.
 */
final class SandboxSync implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    /** Thrown through the engine to simulate the process dying (an Error: the engine does not catch it). */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }

    final Path dir;
    final TestClock clock = new TestClock(START, ZoneId.of("UTC"));
    final SandboxServer sandbox;
    final SandboxControl control;
    final JsonPayloadCodec codec = new JsonPayloadCodec();
    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    final Map<Long, String> sellers = new HashMap<>();
    final Random random;
    SyncConfig config = SyncConfig.defaults();
    Duration requestTimeout = Duration.ofSeconds(10);
    /** Probability that the app dies right after a write reached the platform (its outcome lost with it). */
    double crashRate;
    boolean crashAfterNextWrite;
    /** The app dies right after the next media step uploaded its files, before the step is saved. */
    boolean crashAfterNextMedia;
    int crashes;
    /** Called with the id of each operation a step handled. */
    java.util.function.LongConsumer afterStep = id -> { };
    Database db;
    SqliteOutboxRepository outbox;
    SqliteSyncAccountRepository accounts;
    SyncEngine engine;
    /** The workspace's media library (files under dir/media), reopened with the database. */
    WorkspaceMediaLibrary library;
    private final Map<Long, PlatformClient> clients = new HashMap<>();
    private HttpClient http;

    SandboxSync(Path dir, boolean idempotency, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
        this.sandbox = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox.db"))
                .withIdempotency(idempotency));
        this.control = sandbox.control();
        clock.onChange(i -> control.setClock(i.toEpochMilli()));
        open();
    }

    private void open() {
        db = Database.open(dir.resolve("studio.db"), clock);
        outbox = new SqliteOutboxRepository(db, clock);
        accounts = new SqliteSyncAccountRepository(db);
        PlatformConfig pc = platformConfig();
        http = PlatformClient.defaultHttpClient(pc);
        clients.clear();
        library = new WorkspaceMediaLibrary(db, dir.resolve("media"), clock);
        MediaSource pictures = new LibraryMediaSource(library);
        MediaSource media = new MediaSource() {
            @Override
            public byte[] read(String ref) throws java.io.IOException {
                return ref.startsWith("media:") ? pictures.read(ref)
                        : ("picture " + ref).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String name(String ref) {
                return pictures.name(ref);
            }
        };
        PlatformGateway real = new PlatformGateway(this::client, codec, media, new SqliteMaterialCache(db, clock));
        engine = new SyncEngine(outbox, accounts, new SqliteRateLimitRepository(db), new Crashing(real), clock,
                new Random(random.nextLong()), config);
    }

    PlatformConfig platformConfig() {
        return PlatformConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret())
                .withRequestTimeout(requestTimeout);
    }

    synchronized PlatformClient client(long accountId) {
        return clients.computeIfAbsent(accountId, id -> new PlatformClient(platformConfig(), "account-" + id, tokens,
                http, java.time.Clock.systemUTC())); // the gateway judges signed timestamps by the wall clock
    }

    /** A connected account for a seeded seller ("seller-1", "seller-2"). */
    SyncAccount account(String sellerId) {
        SyncAccount a = accounts.upsert(sandbox.appId(), sellerId, "店铺 " + sellerId, ZoneId.of("Asia/Shanghai"),
                clock.instant());
        sellers.put(a.id(), sellerId);
        client(a.id()).connect(control.authorizationCode(sellerId));
        return a;
    }

    /** The app dies between two steps: engine, connection and HTTP clients are gone; files and tokens stay. */
    void restart() {
        db.close();
        open();
    }

    Operation enqueue(NewOperation n) {
        EnqueueResult r = outbox.enqueue(n);
        return r.operation();
    }

    Operation note(long account, long localId, int images) {
        List<String> media = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            media.add("n" + localId + "-" + i);
        }
        Payloads.NoteCreate p = new Payloads.NoteCreate("normal", "笔记 " + localId, "今天的分享 " + localId, media,
                List.of("穿搭"), List.of(), 0, List.of());
        return enqueue(NewOperation.of(account, OperationKind.NOTE_CREATE, "note", localId, codec.encode(p)));
    }

    Operation product(long account, long localId, String erpCode, long stock) {
        Payloads.ProductCreate p = new Payloads.ProductCreate("纯棉T恤 " + localId, "cat-101", "tpl-1",
                List.of("https://img.invalid/" + localId + ".jpg"), "舒适透气", "ART-" + localId,
                List.of(new Payloads.Sku(erpCode, 9900, 12900, stock, null)));
        return enqueue(NewOperation.of(account, OperationKind.PRODUCT_CREATE, "product", localId, codec.encode(p)));
    }

    Operation stock(long account, long localId, String erpCode, long total) {
        return enqueue(NewOperation.of(account, OperationKind.STOCK, "product", localId,
                codec.encode(new Payloads.Stock(erpCode, total))));
    }

    Operation op(long id) {
        return outbox.find(id).orElseThrow();
    }

    OperationStatus status(long id) {
        return op(id).status();
    }

    /**
     * Dispatches, moving both clocks to the next wake-up whenever nothing is due, until {@code done} holds or the
     * step budget runs out; a simulated crash restarts the app. Returns whether {@code done} holds.
     */
    boolean runUntil(BooleanSupplier done, int maxSteps) {
        for (int i = 0; i < maxSteps && !done.getAsBoolean(); i++) {
            boolean idle;
            try {
                com.hongshu.studio.core.sync.RunResult r = engine.runOnce();
                idle = r.idle();
                if (!idle) {
                    afterStep.accept(r.operationId());
                }
            } catch (SimulatedCrash crash) {
                crashes++;
                restart();
                continue;
            }
            if (idle) {
                Optional<Instant> wake = outbox.nextWakeUp();
                Instant now = clock.instant();
                clock.set(wake.filter(now::isBefore).orElse(now.plusSeconds(1)).plusMillis(1));
            }
        }
        return done.getAsBoolean();
    }

    boolean settle(long... ids) {
        return runUntil(() -> {
            for (long id : ids) {
                OperationStatus s = status(id);
                if (OperationStatus.CLAIMABLE.contains(s) || s == OperationStatus.IN_FLIGHT) {
                    return false;
                }
            }
            return true;
        }, 2_000);
    }

    /** The notes the sandbox holds whose clientRef is {@code clientRef}. */
    List<JsonNode> remoteNotes(String clientRef) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : control.state("note")) {
            if (clientRef.equals(n.path("clientRef").asText(null))) {
                out.add(n);
            }
        }
        return out;
    }

    List<JsonNode> remoteSkus(String erpCode) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : control.state("sku")) {
            if (erpCode.equals(s.path("erpCode").asText(null))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Polls {@code condition} (a remote state) for up to {@code timeout} of real time. */
    static boolean await(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return condition.getAsBoolean();
    }

    long fault(Map<String, ?> rule) {
        return control.addFault(rule);
    }

    @Override
    public void close() {
        db.close();
        sandbox.close();
    }

    /** Lets the app die right after a write reached the platform, before its outcome is recorded. */
    private final class Crashing implements RemoteGateway {
        private final RemoteGateway real;

        Crashing(RemoteGateway real) {
            this.real = real;
        }

        @Override
        public Outcome execute(ExecuteRequest request) {
            Outcome outcome = real.execute(request);
            if (crashAfterNextWrite || (crashRate > 0 && random.nextDouble() < crashRate)) {
                crashAfterNextWrite = false;
                throw new SimulatedCrash();
            }
            return outcome;
        }

        @Override
        public Lookup lookup(Operation operation) {
            return real.lookup(operation);
        }

        @Override
        public boolean needsMedia(Operation operation) {
            return real.needsMedia(operation);
        }

        @Override
        public MediaResult prepareMedia(Operation operation, MediaStep processing) {
            MediaResult result = real.prepareMedia(operation, processing);
            if (crashAfterNextMedia) {
                crashAfterNextMedia = false;
                throw new SimulatedCrash();
            }
            return result;
        }
    }
}
