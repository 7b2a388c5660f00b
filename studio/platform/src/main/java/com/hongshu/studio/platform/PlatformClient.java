package com.hongshu.studio.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static com.hongshu.studio.platform.Common.*;
import static com.hongshu.studio.platform.Notes.*;
import static com.hongshu.studio.platform.Orders.*;
import static com.hongshu.studio.platform.Products.*;
import static com.hongshu.studio.platform.Stats.*;

/**
 * The typed platform client for one account. Every method is one signed gateway call; a refused access token is
 * refreshed once (shared by concurrent calls) and the call sent again; every other failure is thrown as a
 * {@link PlatformException} with its {@link ErrorCategory}. Write methods take an optional {@code Idempotency-Key}
 * (null for none). The client never retries a write on its own beyond the token refresh.
 */
public final class PlatformClient {
    private final PlatformConfig config;
    private final ObjectMapper json;
    private final Transport transport;
    private final TokenManager tokens;
    private final ClockSync clock;

    public PlatformClient(PlatformConfig config, String accountId, TokenStore tokenStore, HttpClient http,
                          Clock clock) {
        this.config = config;
        this.json = Models.mapper();
        this.clock = new ClockSync(clock);
        this.transport = new Transport(config, http, json, this.clock);
        this.tokens = new TokenManager(accountId, tokenStore, transport, json);
    }

    public PlatformClient(PlatformConfig config, String accountId, TokenStore tokenStore) {
        this(config, accountId, tokenStore, defaultHttpClient(config), Clock.systemUTC());
    }

    /**
     * HTTP/1.1 (the gateway does not speak h2c), no redirects followed. Share one across accounts. Reply handling
     * runs on the client's own I/O thread: the calls are blocking and their body handlers never block, and it saves
     * a thread hop per call (about a quarter of the CPU per call on loopback).
     */
    public static HttpClient defaultHttpClient(PlatformConfig config) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(Runnable::run).build();
    }

    // ---- OAuth ----

    /** The page where the seller consents; it redirects to {@code redirectUri?code&state}. */
    public URI authorizationUri(URI redirectUri, String state) {
        String base = config.baseUrl().toString().replaceAll("/$", "");
        return URI.create(base + "/ark/authorization?appId=" + enc(config.appId()) + "&redirectUri="
                + enc(redirectUri.toString()) + "&state=" + enc(state));
    }

    /** Exchanges an authorization code; the tokens are saved before this returns. */
    public TokenSet connect(String authorizationCode) {
        return tokens.exchangeCode(authorizationCode);
    }

    /** Refreshes now (rotation saved before use). Normally not needed: calls refresh on 1101/1102 themselves. */
    public TokenSet refreshTokens() {
        return tokens.refreshAfterRejection(null);
    }

    /** This computer's clock minus the platform's, as learnt from Date headers (ms). */
    public long clockOffsetMillis() {
        return clock.offsetMillis();
    }

    // ---- common ----

    public Categories getCategories() {
        return read("common.getCategories", null, Categories.class);
    }

    public CarriageTemplates getCarriageTemplateList() {
        return read("common.getCarriageTemplateList", null, CarriageTemplates.class);
    }

    public LogisticsList getLogisticsList() {
        return read("common.getLogisticsList", null, LogisticsList.class);
    }

    public ForbiddenKeywords checkForbiddenKeyword(String text) {
        return read("common.checkForbiddenKeyword", new ForbiddenKeywordCheck(text), ForbiddenKeywords.class);
    }

    public Topics searchTopics(String keyword) {
        return read("topic.search", new KeywordQuery(keyword), Topics.class);
    }

    public AtUsers searchAts(String keyword) {
        return read("user.searchAts", new KeywordQuery(keyword), AtUsers.class);
    }

    // ---- material ----

    public Material uploadMaterial(String name, int type, byte[] content, String idempotencyKey) {
        return write("material.uploadMaterial",
                new UploadMaterialRequest(name, type, Base64.getEncoder().encodeToString(content)), Material.class,
                idempotencyKey);
    }

    public Material queryMaterial(String materialId) {
        return read("material.queryMaterial", new MaterialId(materialId), Material.class);
    }

    // ---- products and stock ----

    public CreatedItem createItemAndSku(CreateItemRequest request, String idempotencyKey) {
        return write("product.createItemAndSku", request, CreatedItem.class, idempotencyKey);
    }

    public UpdatedItem updateItemAndSku(UpdateItemRequest request, String idempotencyKey) {
        return write("product.updateItemAndSku", request, UpdatedItem.class, idempotencyKey);
    }

    public ItemInfo getItemInfo(String itemId) {
        return read("product.getItemInfo", new ItemId(itemId), ItemInfo.class);
    }

    /** Matches erpCode, barcode, itemId (and the name). */
    public ItemSearch searchItemList(List<String> keywords, int pageNo, int pageSize) {
        return read("product.searchItemList", new SearchItemRequest(new SearchParam(keywords), pageNo, pageSize),
                ItemSearch.class);
    }

    public SkuPage getDetailSkuList(SkuListRequest request) {
        return read("product.getDetailSkuList", request, SkuPage.class);
    }

    /** Every SKU of the seller, page by page, neither repeating nor skipping one when rows move meanwhile. */
    public PageIterator<Sku> skus(int pageSize) {
        return new PageIterator<>(pageNo -> {
            SkuPage p = getDetailSkuList(new SkuListRequest(pageNo, pageSize, null, null, null));
            return new PageIterator.Page<>(p.total(), p.skuList());
        }, Sku::skuId, pageSize);
    }

    public SkuAvailability updateSkuAvailable(String skuId, boolean available, String idempotencyKey) {
        return write("product.updateSkuAvailable", new SkuAvailabilityRequest(skuId, available),
                SkuAvailability.class, idempotencyKey);
    }

    public Sku updateSkuPrice(String skuId, long price, Long originalPrice, String idempotencyKey) {
        return write("product.updateSkuPrice", new SkuPriceRequest(skuId, price, originalPrice), Sku.class,
                idempotencyKey);
    }

    /** Sets the absolute total (including stock held by unpaid orders): safe to retry. */
    public StockReply syncSkuStock(String skuId, long total, String idempotencyKey) {
        return write("inventory.syncSkuStock", new StockRequest(skuId, total), StockReply.class, idempotencyKey);
    }

    /** Applies a delta: a retry after a lost reply counts twice; prefer {@link #syncSkuStock}. */
    public StockReply incSkuStock(String skuId, long delta, String idempotencyKey) {
        return write("inventory.incSkuStock", new StockRequest(skuId, delta), StockReply.class, idempotencyKey);
    }

    public StockReply getSkuStock(String skuId) {
        return read("inventory.getSkuStock", new SkuId(skuId), StockReply.class);
    }

    // ---- orders ----

    public OrderPage getOrderList(OrderListRequest request) {
        return read("order.getOrderList", request, OrderPage.class);
    }

    public Order getOrderDetail(String orderId) {
        return read("order.getOrderDetail", new OrderId(orderId), Order.class);
    }

    /**
     * Every order in {@code [from, to]} by creation ({@link Orders#BY_CREATED}) or update time, split into the
     * windows the platform accepts (24 h / 30 min), each walked without duplicates or gaps.
     */
    public Iterator<Order> orders(long from, long to, int timeType, int pageSize) {
        long window = timeType == BY_CREATED ? CREATED_WINDOW_MS : UPDATED_WINDOW_MS;
        return new Iterator<>() {
            private long windowStart = from;
            private PageIterator<Order> current;

            @Override
            public boolean hasNext() {
                while ((current == null || !current.hasNext()) && windowStart <= to) {
                    long start = windowStart;
                    long end = Math.min(to, start + window - 1);
                    windowStart = end + 1;
                    current = new PageIterator<>(pageNo -> {
                        OrderPage p = getOrderList(new OrderListRequest(start, end, timeType, pageNo, pageSize));
                        return new PageIterator.Page<>(p.total(), p.orderList());
                    }, Order::orderId, pageSize);
                }
                return current != null && current.hasNext();
            }

            @Override
            public Order next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }

    // ---- media and notes ----

    public UploadPermit getUploadPermit(String scene, int fileCount, String idempotencyKey) {
        return write("media.getUploadPermit", new UploadPermitRequest(scene, fileCount), UploadPermit.class,
                idempotencyKey);
    }

    /** {@code PUT {base}/upload/{fileId}} with the permit's token; safe to repeat. */
    public UploadResult upload(String fileId, String uploadToken, byte[] content) {
        return Models.read(json, transport.upload(fileId, uploadToken, content), UploadResult.class, "upload");
    }

    public CreatedNote createNote(CreateNoteRequest request, String idempotencyKey) {
        return write("note.create", request, CreatedNote.class, idempotencyKey);
    }

    public Note getNote(String noteId) {
        return read("note.get", new NoteId(noteId), Note.class);
    }

    public NotePage listNotes(NoteListRequest request) {
        return read("note.list", request, NotePage.class);
    }

    /** Every note matching {@code status}/{@code clientRef} (either may be null), following the cursor. */
    public CursorIterator<Note> notes(String status, String clientRef, int pageSize) {
        return new CursorIterator<>(null, cursor -> {
            NotePage p = listNotes(new NoteListRequest(cursor, pageSize, status, clientRef));
            return new CursorIterator.Page<>(p.items(), p.cursor(), p.hasMore());
        }, Note::noteId);
    }

    public NoteStatus cancelSchedule(String noteId, String idempotencyKey) {
        return write("note.cancelSchedule", new NoteId(noteId), NoteStatus.class, idempotencyKey);
    }

    /** Idempotent on the platform: deleting a deleted note answers DELETED again. */
    public NoteStatus deleteNote(String noteId, String idempotencyKey) {
        return write("note.delete", new NoteId(noteId), NoteStatus.class, idempotencyKey);
    }

    // ---- stats ----

    public StatsPage listStats(StatsRequest request) {
        return read("note.listStats", request, StatsPage.class);
    }

    /** Stats of every published note changed since {@code updatedSince} (null: all), from {@code startCursor}. */
    public CursorIterator<NoteStats> stats(String startCursor, Long updatedSince, int pageSize) {
        return new CursorIterator<>(startCursor, cursor -> {
            StatsPage p = listStats(new StatsRequest(cursor, pageSize, updatedSince, null));
            return new CursorIterator.Page<>(p.items(), p.cursor(), p.hasMore());
        }, NoteStats::noteId);
    }

    public DailyStatsReply getDailyStats(long from, long to) {
        return read("account.getDailyStats", new DailyStatsRequest(from, to), DailyStatsReply.class);
    }

    // ---- plumbing ----

    private <T> T read(String method, Object request, Class<T> type) {
        return Models.read(json, invoke(method, request, null, false), type, method);
    }

    private <T> T write(String method, Object request, Class<T> type, String idempotencyKey) {
        return Models.read(json, invoke(method, request, idempotencyKey, true), type, method);
    }

    private JsonNode invoke(String method, Object request, String idempotencyKey, boolean write) {
        ObjectNode business = request == null ? json.createObjectNode() : json.valueToTree(request);
        TokenSet used = tokens.current();
        try {
            return transport.call(method, business, used.accessToken(), idempotencyKey, write);
        } catch (PlatformException e) {
            if (e.category() != ErrorCategory.AUTH) throw e;
            // Refused before it ran, so sending a write again is safe.
            TokenSet fresh = tokens.refreshAfterRejection(used.accessToken());
            return transport.call(method, business, fresh.accessToken(), idempotencyKey, write);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PlatformClient[" + config + "]";
    }
}
