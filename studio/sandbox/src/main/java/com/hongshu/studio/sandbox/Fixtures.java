package com.hongshu.studio.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** The seeded app, sellers and the reference data (categories, templates, topics, users to mention). */
final class Fixtures {
    static final String APP_ID = "sandbox-app";
    static final String SELLER_1 = "seller-1";
    static final String SELLER_2 = "seller-2";
    static final List<String> FORBIDDEN_WORDS = List.of("最", "第一", "国家级", "顶级", "极品", "100%");
    static final List<String> KEEP_ON_RESET = List.of("app");

    private final State s;

    Fixtures(State s) {
        this.s = s;
    }

    /** Creates the app on first start (keeping its secret afterwards) and the reference data. Idempotent. */
    ObjectNode seed(String appSecret) {
        ObjectNode app = s.store.get("app", APP_ID);
        if (app == null) {
            app = s.object();
            app.put("appId", APP_ID);
            app.put("appSecret", appSecret != null ? appSecret : randomSecret());
            s.store.put("app", APP_ID, null, app);
        }
        seller(SELLER_1, "本地沙盒店铺");
        seller(SELLER_2, "沙盒第二店铺");
        category("cat-100", "服饰内衣", null, false);
        category("cat-101", "女装", "cat-100", true);
        category("cat-102", "男装", "cat-100", true);
        category("cat-200", "美妆个护", null, false);
        category("cat-201", "面部护肤", "cat-200", true);
        reference("carriage", "tpl-1", "name", "全国包邮");
        reference("carriage", "tpl-2", "name", "偏远地区不包邮");
        reference("logistics", "SF", "name", "顺丰速运");
        reference("logistics", "YTO", "name", "圆通速递");
        reference("logistics", "ZTO", "name", "中通快递");
        String[] topics = {"穿搭", "通勤穿搭", "护肤", "护肤心得", "美食", "家常菜", "旅行", "周末去哪儿", "读书",
                "好物分享", "平价好物", "露营", "咖啡", "健身"};
        for (int i = 0; i < topics.length; i++) {
            ObjectNode t = s.object();
            t.put("id", "topic-" + (i + 1));
            t.put("name", topics[i]);
            t.put("viewCount", 1_000_000L * (topics.length - i));
            s.store.put("topic", "topic-" + (i + 1), null, t);
        }
        String[] users = {"小红薯本薯", "穿搭小王", "护肤研究所", "周末旅行家", "咖啡因上瘾", "readingbear"};
        for (int i = 0; i < users.length; i++) {
            ObjectNode u = s.object();
            u.put("userId", "user-" + (i + 1));
            u.put("nickname", users[i]);
            s.store.put("user", "user-" + (i + 1), null, u);
        }
        return app;
    }

    private void seller(String id, String name) {
        ObjectNode n = s.object();
        n.put("sellerId", id);
        n.put("name", name);
        s.store.put("seller", id, id, n);
    }

    private void category(String id, String name, String parent, boolean leaf) {
        ObjectNode n = s.object();
        n.put("id", id);
        n.put("name", name);
        n.put("parentId", parent);
        n.put("isLeaf", leaf);
        s.store.put("category", id, null, n);
    }

    private void reference(String kind, String id, String field, String value) {
        ObjectNode n = s.object();
        n.put(kind.equals("logistics") ? "code" : "id", id);
        n.put(field, value);
        s.store.put(kind, id, null, n);
    }

    private static String randomSecret() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
