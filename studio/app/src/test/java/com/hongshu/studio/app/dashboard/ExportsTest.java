package com.hongshu.studio.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @TempDir
    Path dir;

    private static PdfReport.Content content() {
        return new PdfReport.Content("红薯工作室 – 数据报告", "2026年11月1日 – 2026年11月30日（30天）",
                List.of("观看：12,345（上一周期 10,000，+23.5%）"), "（点赞 + 收藏 + 评论 + 分享）÷ 观看",
                new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "笔记",
                List.of("笔记", "发布日期", "观看"), List.of(List.of("咖啡拉花练习", "2026-02-01", "125,893")), "本机数据");
    }

    @Test
    void theReportEmbedsACjkFontSoChineseCanBeReadBack() throws Exception {
        boolean anyFont = PdfReport.CJK_FONTS.stream().anyMatch(f -> Files.isReadable(Path.of(f)));
        Assumptions.assumeTrue(anyFont, "no TrueType CJK font on this machine");
        Path pdf = dir.resolve("report.pdf");
        assertThat(PdfReport.write(pdf, content(), PdfReport.CJK_FONTS)).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("数据报告").contains("咖啡拉花练习").contains("125,893");
        }
    }

    @Test
    void withoutACjkFontTheReportIsStillWrittenAndSaysSo() throws Exception {
        Path pdf = dir.resolve("latin.pdf");
        assertThat(PdfReport.write(pdf, content(), List.of("/nonexistent/font.ttf"))).isFalse();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theTableCsvHasABomAndQuotesWhatNeedsIt() throws Exception {
        Path csv = dir.resolve("notes.csv");
        TableCsv.write(csv, List.of("笔记", "观看"), List.of(List.of("标题, 带逗号", "1,234"), List.of("说\"好\"", "5")));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("笔记,观看\r\n\"标题, 带逗号\",\"1,234\"\r\n\"说\"\"好\"\"\",5\r\n");
    }
}
