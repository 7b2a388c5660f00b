package com.hongshu.studio.core.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductCsvTest {

    private static final String HEADER = "product,short_title,category,status,axes,variant,erp_code,barcode,price,"
            + "original_price,stock,low_stock,description\r\n";

    private List<String> errorKeys(ProductCsv.Parsed p) {
        return p.errors().stream().map(e -> e.line() + ":" + e.key()).toList();
    }

    @Test
    void anExportReadsBackToTheSameLines() {
        CsvLine line = new CsvLine(0, "羊毛围巾, \"加厚\"", "冬季羊毛围巾", "配饰", ProductStatus.ON_SHELF,
                List.of("颜色", "尺码"), List.of("红色", "M"), "SC-1", "690123", 9900, 12900, 12, 3, "第一行\n第二行");
        byte[] bytes = ProductCsv.export(List.of(line));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        ProductCsv.Parsed parsed = ProductCsv.parse(bytes);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines()).hasSize(1);
        CsvLine back = parsed.lines().get(0);
        assertThat(back).isEqualTo(new CsvLine(2, line.product(), line.shortTitle(), line.category(), line.status(),
                line.axes(), line.variant(), line.erpCode(), line.barcode(), line.priceFen(), line.originalPriceFen(),
                line.stock(), line.lowStockThreshold(), line.description()));
        assertThat(ProductCsv.export(List.of(line))).isEqualTo(bytes);
    }

    @Test
    void gb18030AndUtf8WithoutBomAreRecognised() {
        String text = "商品名称,商家编码,售价,原价,库存\n羊毛围巾,W-1,¥99,129.00,5\n";
        ProductCsv.Parsed gbk = ProductCsv.parse(text.getBytes(TextDecoding.GB18030));
        assertThat(gbk.charset()).isEqualTo("GB18030");
        assertThat(gbk.lines()).extracting(CsvLine::product).containsExactly("羊毛围巾");
        ProductCsv.Parsed utf8 = ProductCsv.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo("UTF-8");
        assertThat(utf8.lines().get(0).priceFen()).isEqualTo(9900);
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        String text = HEADER
                + "围巾,,,,,,A1,,99,129,1,0,\r\n"
                + "围巾,,,,,,A2,,9.999,129,1,0,\r\n"
                + "围巾,,,,,,A1,,99,129,1,0,\r\n"
                + "围巾,,,,,,A3,,130,129,x,0,\r\n"
                + "围巾,,,,,,A4\r\n";
        ProductCsv.Parsed p = ProductCsv.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(errorKeys(p)).containsExactly("3:badPrice", "4:erpDuplicate", "5:rule", "5:badStock",
                "6:rowTooShort");
        assertThat(p.ok()).isFalse();
    }

    @Test
    void missingColumnsEmptyFilesAndOtherEncodingsAreRefusedAsAWhole() {
        assertThat(errorKeys(ProductCsv.parse("product,price\n围巾,9\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("0:missingColumns");
        assertThat(errorKeys(ProductCsv.parse(new byte[0]))).containsExactly("0:empty");
        assertThat(errorKeys(ProductCsv.parse(HEADER.getBytes(StandardCharsets.UTF_16))))
                .containsExactly("0:encoding");
        assertThat(errorKeys(ProductCsv.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, (byte) 0xFF})))
                .containsExactly("0:encoding");
    }
}
