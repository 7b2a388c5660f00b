package com.hongshu.studio.store.products;

import com.hongshu.studio.core.products.CsvLine;
import com.hongshu.studio.core.products.ImportSummary;
import com.hongshu.studio.core.products.ProductCsv;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.SkuQuery;
import com.hongshu.studio.core.products.SkuSort;
import com.hongshu.studio.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * products.csv_import_s: a generated CSV of 100,000 SKUs (20,000 products x 5 variants) read, checked and imported
 * into an empty workspace in one transaction. products.filter_ms: median of the table's filter query (page + count)
 * over 50,000 SKUs, for a mix of Chinese and Latin texts, statuses and sorts.
 */
@Tag("bench")
class ProductsBench {

    private static final String[] NAMES = {"羊毛围巾", "牛仔裤", "咖啡豆", "滤杯套装", "保湿面霜", "短袖T恤", "落地灯",
        "瑜伽垫", "托特包", "精装书"};
    private static final String[] COLOURS = {"白色", "黑色", "燕麦色", "酒红", "雾霾蓝"};

    @TempDir
    Path dir;

    private static boolean wanted(String id) {
        String only = System.getProperty("bench", "");
        return only.isEmpty() || id.startsWith(only) || only.startsWith(id);
    }

    private static double scale() {
        return Double.parseDouble(System.getProperty("bench.scale", "1"));
    }

    static byte[] generate(int skus, long seed) {
        Random random = new Random(seed);
        List<CsvLine> lines = new ArrayList<>(skus);
        for (int i = 0; i < skus; i++) {
            int product = i / 5;
            String name = NAMES[product % NAMES.length] + " " + product;
            long price = 1000 + random.nextInt(50000);
            lines.add(new CsvLine(0, name, "", "类目" + product % 17, ProductStatus.values()[product % 3],
                    List.of("颜色"), List.of(COLOURS[i % 5]), String.format("B%07d", i),
                    String.format("69%011d", i), price, price + 1000 + random.nextInt(5000), random.nextInt(200),
                    5, ""));
        }
        return ProductCsv.export(lines);
    }

    /**
     * With a sync account, so the import also queues its platform operations (a create per product that is not a
     * draft, in the same transaction). The payload is the record's text here (the JSON codec is the platform
     * module's), of about the same size.
     */
    static ProductPushes pushes(Workspace ws) {
        com.hongshu.studio.store.sync.SqliteOutboxRepository outbox =
                new com.hongshu.studio.store.sync.SqliteOutboxRepository(ws.database(), Clock.systemUTC());
        new com.hongshu.studio.store.sync.SqliteSyncAccountRepository(ws.database()).upsert("app", "seller", "bench",
                java.time.ZoneId.of("Asia/Shanghai"), java.time.Instant.now());
        return new OutboxProductPushes(outbox, new com.hongshu.studio.core.sync.PayloadCodec() {
            @Override
            public String encode(Object payload) {
                return payload.toString();
            }

            @Override
            public <T> T decode(String text, Class<T> type) {
                throw new UnsupportedOperationException();
            }
        }, new OutboxProductPushes.Defaults("cat-101", "tpl-1", "https://img.invalid/none.jpg"), id -> "m:" + id,
                () -> { });
    }

    @Test
    void csvImport() {
        Assumptions.assumeTrue(wanted("products.csv_import_s"));
        int count = (int) Math.round(100_000 * scale());
        byte[] file = generate(count, 4);
        // warm-up: parse the whole file once, import a small one in a workspace of its own
        ProductCsv.parse(file);
        try (Workspace warm = Workspace.open(dir.resolve("warm"), Clock.systemUTC())) {
            new ProductCsvStore(warm.database(), Clock.systemUTC()).commit(ProductCsv.parse(generate(5000, 5))
                    .lines(), f -> { });
        }
        double[] seconds = new double[3];
        for (int round = 0; round < seconds.length; round++) {
            try (Workspace ws = Workspace.open(dir.resolve("ws" + round), Clock.systemUTC())) {
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuStart = mx.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ProductCsv.Parsed parsed = ProductCsv.parse(file);
                long parsedAt = System.nanoTime();
                ImportSummary done = new ProductCsvStore(ws.database(), Clock.systemUTC(),
                        Boolean.getBoolean("bench.noSync") ? ProductPushes.NONE : pushes(ws))
                        .commit(parsed.lines(), f -> { });
                long queued = ws.database().read(c -> {
                    try (java.sql.Statement st = c.createStatement();
                         java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM outbox_operation")) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                });
                System.out.printf("products.csv_import: %d operations queued for sync%n", queued);
                seconds[round] = (System.nanoTime() - start) / 1e9;
                System.out.printf("products.csv_import: parse %.2f s, import %.2f s, cpu of this thread %.2f s,"
                        + " load average %.1f%n", (parsedAt - start) / 1e9, (System.nanoTime() - parsedAt) / 1e9,
                        (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                if (!parsed.errors().isEmpty() || done.newSkus() != count) {
                    throw new AssertionError("import incomplete: " + parsed.errors().size() + " errors");
                }
            }
        }
        Arrays.sort(seconds);
        System.out.printf("products.csv_import: %d SKUs, %.1f MB, %d cores%n", count, file.length / 1e6,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCH products.csv_import_s %.2f s%n", seconds[1]);
    }

    @Test
    void filter() {
        Assumptions.assumeTrue(wanted("products.filter_ms"));
        int count = (int) Math.round(50_000 * scale());
        try (Workspace ws = Workspace.open(dir.resolve("filter"), Clock.systemUTC())) {
            new ProductCsvStore(ws.database(), Clock.systemUTC()).commit(ProductCsv.parse(generate(count, 6)).lines(),
                    f -> { });
            SqliteProductRepository repo = new SqliteProductRepository(ws.database(), Clock.systemUTC());
            List<SkuQuery> queries = new ArrayList<>();
            String[] texts = {"围巾", "咖啡豆 12", "燕麦", "B00012", "6900000004", "t恤", "", "灯 3", "xyz", "酒红"};
            SkuSort[] sorts = {SkuSort.NAME, SkuSort.PRICE, SkuSort.STOCK, SkuSort.ERP_CODE};
            for (int i = 0; i < 40; i++) {
                queries.add(new SkuQuery(texts[i % texts.length], i % 4 == 3 ? ProductStatus.ON_SHELF : null,
                        i % 7 == 6, sorts[i % sorts.length], i % 2 == 1, 0, 100));
            }
            for (SkuQuery q : queries.subList(0, 10)) { // warm-up
                repo.page(q);
            }
            double[] ms = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                repo.page(queries.get(i));
                ms[i] = (System.nanoTime() - start) / 1e6;
                if (System.getProperty("bench.verbose") != null) {
                    System.out.printf("Q %s -> %.1f ms%n", queries.get(i), ms[i]);
                }
            }
            Arrays.sort(ms);
            System.out.printf("products.filter: %d SKUs, %d queries, max %.1f ms, %d cores%n", count, ms.length,
                    ms[ms.length - 1], Runtime.getRuntime().availableProcessors());
            System.out.printf("BENCH products.filter_ms %.1f ms%n", ms[ms.length / 2]);
        }
    }
}
