package com.hongshu.studio.app.products;

import com.hongshu.studio.app.common.Progress;
import com.hongshu.studio.core.notes.MediaUsage;
import com.hongshu.studio.core.products.MovementKind;
import com.hongshu.studio.core.products.Product;
import com.hongshu.studio.core.products.ProductStatus;
import com.hongshu.studio.core.products.Sku;
import com.hongshu.studio.core.products.VariantGrid;
import com.hongshu.studio.store.Workspace;
import com.hongshu.studio.store.notes.SqliteNoteRepository;
import com.hongshu.studio.store.products.SqliteProductRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small shop for the demo workspace: Chinese listings with colour x size grids, the notes' demo photos as images,
 * a month of restocks, sales and returns in the ledger, and a few SKUs low or sold out. Deterministic for a seed.
 */
public final class ProductsDemoData {

    private record Item(String name, String shortTitle, String category, String[] colours, String[] sizes,
                        long price, long original, String code) {
    }

    private static final Item[] ITEMS = {
        new Item("秋冬加厚羊毛围巾", "秋冬加厚羊毛围巾", "服饰配件", new String[] {"燕麦色", "酒红色", "墨绿色"},
                new String[] {}, 12900, 19900, "WJ"),
        new Item("小个子高腰直筒牛仔裤", "高腰显瘦直筒裤", "女装", new String[] {"浅蓝", "深蓝"},
                new String[] {"S", "M", "L"}, 15900, 25900, "NZ"),
        new Item("云南小粒咖啡豆 454g", "云南小粒咖啡豆", "食品饮料", new String[] {"中烘", "深烘"},
                new String[] {}, 6800, 9800, "KF"),
        new Item("手冲咖啡滤杯套装", "手冲咖啡滤杯套装", "厨房用品", new String[] {"白色", "黑色"}, new String[] {},
                8900, 12900, "LB"),
        new Item("修护保湿面霜 50ml", "修护保湿面霜", "美妆护肤", new String[] {}, new String[] {}, 16800, 22800,
                "MS"),
        new Item("纯棉宽松短袖T恤", "纯棉宽松短袖T恤", "女装", new String[] {"白色", "黑色", "雾霾蓝"},
                new String[] {"S", "M", "L", "XL"}, 7900, 12900, "TX"),
        new Item("北欧风陶瓷落地灯", "北欧陶瓷落地灯", "家居", new String[] {"奶白", "橄榄绿"}, new String[] {},
                29900, 45900, "DD"),
        new Item("瑜伽垫加厚防滑 6mm", "加厚防滑瑜伽垫", "运动户外", new String[] {"紫色", "灰色", "粉色"},
                new String[] {}, 9900, 15900, "YJ"),
        new Item("复古帆布托特包", "复古帆布托特包", "箱包", new String[] {"米白", "卡其"}, new String[] {}, 5900,
                8900, "TB"),
        new Item("《置身事内》精装版", "置身事内精装版", "图书", new String[] {}, new String[] {}, 4500, 6500, "SJ"),
    };

    private ProductsDemoData() {
    }

    public static void seed(Workspace ws, Random random, Clock clock, Progress progress) {
        List<Long> pictures = new SqliteNoteRepository(ws.database(), clock).mediaLibrary(0, 20).stream()
                .map(MediaUsage::item).map(m -> m.id()).sorted().toList();
        SqliteProductRepository repo = new SqliteProductRepository(ws.database(), clock);
        Instant now = clock.instant();
        for (int i = 0; i < ITEMS.length; i++) {
            Item item = ITEMS[i];
            List<String> axes = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            if (item.colours().length > 0) {
                axes.add("颜色");
                values.add(List.of(item.colours()));
            }
            if (item.sizes().length > 0) {
                axes.add("尺码");
                values.add(List.of(item.sizes()));
            }
            List<Sku> grid = VariantGrid.generate(values, List.of(),
                    new Sku(0, List.of(), "", "", item.price(), item.original(), 5, 0), "HS-" + item.code());
            List<Sku> withBarcodes = new ArrayList<>();
            for (int k = 0; k < grid.size(); k++) {
                Sku s = grid.get(k);
                withBarcodes.add(new Sku(0, s.variant(), s.erpCode(), String.format("69%011d", 1000L * i + k),
                        s.priceFen(), s.originalPriceFen(), 3 + random.nextInt(5), 0));
            }
            List<Long> images = pictures.isEmpty() ? List.of()
                    : List.of(pictures.get(i % pictures.size()), pictures.get((i + 3) % pictures.size()));
            ProductStatus status = i == ITEMS.length - 1 ? ProductStatus.DRAFT : ProductStatus.ON_SHELF;
            Product saved = repo.save(new Product(0, item.name(), item.shortTitle(), item.name() + "，小红书同款，"
                    + "支持七天无理由退换。", item.category(), images, status, axes, withBarcodes, now, now));
            ws.database().inTransaction(c -> {
                for (Sku s : saved.skus()) {
                    history(repo, c, s.id(), random, now);
                }
                return null;
            });
            progress.update((double) (i + 1) / ITEMS.length, null);
        }
    }

    /** A month of ledger rows ending in a mix of healthy, low and sold-out stock. */
    private static void history(SqliteProductRepository repo, java.sql.Connection c, long sku, Random random,
                                Instant now) throws java.sql.SQLException {
        Instant at = now.minus(Duration.ofDays(30));
        long stock = 20 + random.nextInt(60);
        repo.moveAt(c, sku, MovementKind.RESTOCK, stock, "首批到货", at);
        int ending = random.nextInt(16); // 0: sold out, 1: low, else healthy
        for (int day = 1; day < 30; day++) {
            at = now.minus(Duration.ofDays(30 - day)).plus(Duration.ofMinutes(random.nextInt(600)));
            long sold = Math.min(stock, random.nextInt(4));
            if (sold > 0) {
                repo.moveAt(c, sku, MovementKind.SALE, sold, "订单 " + (100000 + random.nextInt(900000)), at);
                stock -= sold;
            }
            if (random.nextInt(12) == 0 && sold > 0) {
                repo.moveAt(c, sku, MovementKind.RETURN, 1, "七天无理由退货", at.plus(Duration.ofHours(2)));
                stock++;
            }
            if ((day == 10 || day == 20) && ending > 1) {
                repo.moveAt(c, sku, MovementKind.RESTOCK, 30, "补货", at.plus(Duration.ofHours(3)));
                stock += 30;
            }
        }
        long target = ending == 0 ? 0 : ending == 1 ? 1 + random.nextInt(3) : stock < 12 ? stock + 30 : -1;
        if (target >= 0 && target != stock) {
            long diff = stock - target;
            repo.moveAt(c, sku, diff > 0 ? MovementKind.SALE : MovementKind.RESTOCK, Math.abs(diff),
                    diff > 0 ? "直播间订单" : "补货", now.minus(Duration.ofHours(6)));
        }
    }
}
