package com.hongshu.studio.core.products;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The products CSV: one row per SKU. Export is UTF-8 with a BOM (so Excel opens Chinese correctly) and byte-for-byte
 * deterministic for the same data. Import accepts the English or Chinese column names in any order, checks every row
 * and reports all errors before anything is written.
 */
public final class ProductCsv {

    public enum Column {
        PRODUCT("product", "商品名称", true), SHORT_TITLE("short_title", "短标题", false),
        CATEGORY("category", "类目", false), STATUS("status", "状态", false), AXES("axes", "规格维度", false),
        VARIANT("variant", "规格", false), ERP_CODE("erp_code", "商家编码", true), BARCODE("barcode", "条码", false),
        PRICE("price", "售价", true), ORIGINAL_PRICE("original_price", "原价", true), STOCK("stock", "库存", false),
        LOW_STOCK("low_stock", "预警库存", false), DESCRIPTION("description", "商品描述", false);

        final String header;
        final String chinese;
        final boolean required;

        Column(String header, String chinese, boolean required) {
            this.header = header;
            this.chinese = chinese;
            this.required = required;
        }

        public String header() {
            return header;
        }
    }

    /** A problem with one row (or with the file when {@code line == 0}); {@code key} is {@code products.csv.<key>}. */
    public record RowError(int line, String key, List<Object> args) {
        public RowError {
            args = List.copyOf(args);
        }

        public String messageKey() {
            return "products.csv." + key;
        }
    }

    /** What a file holds: the good lines, and every error found. Nothing is imported while {@code errors} exist. */
    public record Parsed(String charset, int rowCount, List<CsvLine> lines, List<RowError> errors) {
        public Parsed {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty() && !lines.isEmpty();
        }
    }

    static final String SEPARATOR = " / ";
    private static final ProductValidator VALIDATOR = new ProductValidator(ProductRules.CURRENT);

    private ProductCsv() {
    }

    public static byte[] export(List<CsvLine> lines) {
        StringBuilder out = new StringBuilder(lines.size() * 96 + 256);
        out.append('\uFEFF');
        List<String> header = new ArrayList<>();
        for (Column c : Column.values()) {
            header.add(c.header);
        }
        Csv.write(out, header);
        for (CsvLine l : lines) {
            Csv.write(out, List.of(l.product(), l.shortTitle(), l.category(), l.status().name(),
                    String.join(SEPARATOR, l.axes()), String.join(SEPARATOR, l.variant()), l.erpCode(), l.barcode(),
                    Money.plain(l.priceFen()), Money.plain(l.originalPriceFen()), Long.toString(l.stock()),
                    Integer.toString(l.lowStockThreshold()), l.description()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Parsed parse(byte[] bytes) {
        if (bytes.length == 0) {
            return fileError("", "empty");
        }
        Optional<TextDecoding.Decoded> decoded = TextDecoding.decode(bytes);
        if (decoded.isEmpty()) {
            return fileError("", "encoding");
        }
        String charset = decoded.get().charset().name();
        List<Csv.Record> records = Csv.parse(decoded.get().text());
        if (records.isEmpty()) {
            return fileError(charset, "empty");
        }
        Map<Column, Integer> index = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Column c : Column.values()) {
                if (h.equals(c.header) || h.equals(c.chinese)) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required && !index.containsKey(c)) {
                missing.add(c.header);
            }
        }
        if (!missing.isEmpty()) {
            return new Parsed(charset, records.size() - 1, List.of(),
                    List.of(new RowError(0, "missingColumns", List.of(String.join(", ", missing)))));
        }
        if (records.size() == 1) {
            return fileError(charset, "noRows");
        }
        List<CsvLine> lines = new ArrayList<>(records.size());
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(records.size() * 2);
        Map<String, String> shortTitleChecked = new LinkedHashMap<>();
        int width = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int r = 1; r < records.size(); r++) {
            Csv.Record rec = records.get(r);
            if (rec.fields().size() < width) {
                errors.add(new RowError(rec.line(), "rowTooShort", List.of(rec.fields().size(), width)));
                continue;
            }
            int before = errors.size();
            Row row = new Row(rec, index);
            String product = row.get(Column.PRODUCT);
            if (product.isBlank()) {
                errors.add(new RowError(rec.line(), "productEmpty", List.of()));
            }
            String erp = row.get(Column.ERP_CODE);
            if (erp.isBlank()) {
                errors.add(new RowError(rec.line(), "erpEmpty", List.of()));
            } else {
                Integer first = seen.putIfAbsent(erp, rec.line());
                if (first != null) {
                    errors.add(new RowError(rec.line(), "erpDuplicate", List.of(erp, first)));
                }
            }
            Optional<Long> price = Money.parse(row.get(Column.PRICE));
            Optional<Long> original = Money.parse(row.get(Column.ORIGINAL_PRICE));
            if (price.isEmpty()) {
                errors.add(new RowError(rec.line(), "badPrice", List.of(row.get(Column.PRICE))));
            }
            if (original.isEmpty()) {
                errors.add(new RowError(rec.line(), "badOriginalPrice", List.of(row.get(Column.ORIGINAL_PRICE))));
            }
            if (price.isPresent() && original.isPresent()) {
                for (ProductViolation v : VALIDATOR.checkPrice(price.get(), original.get(), -1)) {
                    errors.add(new RowError(rec.line(), "rule", List.of(v.messageKey(), v.args())));
                }
            }
            long stock = number(row.get(Column.STOCK), rec.line(), "badStock", errors);
            long low = number(row.get(Column.LOW_STOCK), rec.line(), "badLowStock", errors);
            ProductStatus status = status(row.get(Column.STATUS));
            if (status == null) {
                errors.add(new RowError(rec.line(), "badStatus", List.of(row.get(Column.STATUS))));
            }
            String shortTitle = row.get(Column.SHORT_TITLE);
            if (!shortTitle.isEmpty() && shortTitleChecked.putIfAbsent(shortTitle, shortTitle) == null) {
                int len = shortTitle.codePointCount(0, shortTitle.length());
                ProductRules rules = ProductRules.CURRENT;
                if (len < rules.shortTitleMin() || len > rules.shortTitleMax()) {
                    errors.add(new RowError(rec.line(), "badShortTitle", List.of(shortTitle, rules.shortTitleMin(),
                            rules.shortTitleMax())));
                }
            }
            String description = row.raw(Column.DESCRIPTION);
            if (description.codePointCount(0, description.length()) > ProductRules.CURRENT.descriptionMaxChars()) {
                errors.add(new RowError(rec.line(), "descriptionTooLong",
                        List.of(ProductRules.CURRENT.descriptionMaxChars())));
            }
            if (errors.size() == before) {
                lines.add(new CsvLine(rec.line(), product.strip(), shortTitle, row.get(Column.CATEGORY), status,
                        split(row.get(Column.AXES)), split(row.get(Column.VARIANT)), erp.strip(),
                        row.get(Column.BARCODE), price.get(), original.get(), stock, (int) low, description));
            }
        }
        return new Parsed(charset, records.size() - 1, lines, errors);
    }

    private static Parsed fileError(String charset, String key) {
        return new Parsed(charset, 0, List.of(), List.of(new RowError(0, key, List.of())));
    }

    private static long number(String text, int line, String key, List<RowError> errors) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(text);
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(line, key, List.of(text)));
        return 0;
    }

    static ProductStatus status(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "", "DRAFT", "草稿" -> ProductStatus.DRAFT;
            case "ON_SHELF", "在售", "上架" -> ProductStatus.ON_SHELF;
            case "OFF_SHELF", "已下架", "下架" -> ProductStatus.OFF_SHELF;
            default -> null;
        };
    }

    private static List<String> split(String joined) {
        if (joined.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : joined.split("/")) {
            out.add(s.strip());
        }
        return out;
    }

    private record Row(Csv.Record record, Map<Column, Integer> index) {
        String get(Column c) {
            return raw(c).strip();
        }

        String raw(Column c) {
            Integer i = index.get(c);
            return i == null || i >= record.fields().size() ? "" : record.fields().get(i);
        }
    }
}
