package com.hongshu.studio.app.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A one-page A4 report: title, period, KPI lines, the chart as an image, the top notes. Chinese needs a CJK font
 * embedded; the first one found on the system is used (TrueType outlines: PDFBox cannot embed CFF-based OpenType).
 */
final class PdfReport {

    /** Where common CJK fonts live on Linux, Windows and macOS, in order of preference. */
    static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    record Content(String title, String subtitle, List<String> kpiLines, String definition, BufferedImage chart,
                   String tableTitle, List<String> tableHeader, List<List<String>> tableRows, String footer) {
    }

    /** Writes the report; returns false when no CJK font was found (Chinese then shows as "?"). */
    static boolean write(Path file, Content content, List<String> fontCandidates) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Optional<PDFont> cjk = loadCjk(doc, fontCandidates);
            PDFont font = cjk.orElse(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float margin = 48;
            float width = page.getMediaBox().getWidth() - 2 * margin;
            float y = page.getMediaBox().getHeight() - margin;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                y = text(cs, font, 18, margin, y, content.title(), cjk.isPresent());
                y = text(cs, font, 11, margin, y - 4, content.subtitle(), cjk.isPresent());
                y -= 8;
                for (String line : content.kpiLines()) {
                    y = text(cs, font, 11, margin, y, line, cjk.isPresent());
                }
                y = text(cs, font, 8, margin, y - 2, content.definition(), cjk.isPresent());
                if (content.chart() != null) {
                    PDImageXObject img = LosslessFactory.createFromImage(doc, content.chart());
                    float h = width * content.chart().getHeight() / content.chart().getWidth();
                    h = Math.min(h, 220);
                    float w = h * content.chart().getWidth() / content.chart().getHeight();
                    y -= h + 8;
                    cs.drawImage(img, margin, y, w, h);
                }
                y = text(cs, font, 12, margin, y - 10, content.tableTitle(), cjk.isPresent());
                float[] cols = columns(content.tableHeader().size(), width);
                y = row(cs, font, 9, margin, y, cols, content.tableHeader(), cjk.isPresent());
                for (List<String> r : content.tableRows()) {
                    if (y < margin + 30) {
                        break;
                    }
                    y = row(cs, font, 9, margin, y, cols, r, cjk.isPresent());
                }
                text(cs, font, 8, margin, margin - 10, content.footer(), cjk.isPresent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            doc.save(tmp.toFile());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return cjk.isPresent();
        }
    }

    private static float[] columns(int n, float width) {
        float[] x = new float[n];
        float first = width * 0.34f;
        float rest = n > 1 ? (width - first) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            x[i] = i == 0 ? 0 : first + rest * (i - 1);
        }
        return x;
    }

    private static Optional<PDFont> loadCjk(PDDocument doc, List<String> candidates) {
        for (String path : candidates) {
            Path p = Path.of(path);
            if (!Files.isReadable(p)) {
                continue;
            }
            try {
                if (path.toLowerCase().endsWith(".ttc")) {
                    org.apache.fontbox.ttf.TrueTypeCollection ttc = new org.apache.fontbox.ttf.TrueTypeCollection(p.toFile());
                    PDFont[] found = new PDFont[1];
                    ttc.processAllFonts(ttf -> {
                        if (found[0] == null) {
                            found[0] = PDType0Font.load(doc, ttf, true);
                        }
                    });
                    if (found[0] != null) {
                        return Optional.of(found[0]);
                    }
                } else {
                    return Optional.of(PDType0Font.load(doc, p.toFile()));
                }
            } catch (IOException | RuntimeException e) {
                System.getLogger("studio.dashboard").log(System.Logger.Level.DEBUG, "font " + path + " unusable", e);
            }
        }
        return Optional.empty();
    }

    private static float text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s,
                              boolean cjk) throws IOException {
        float line = y - size * 1.4f;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, line);
        cs.showText(cjk ? s : latin(s));
        cs.endText();
        return line;
    }

    private static float row(PDPageContentStream cs, PDFont font, float size, float x, float y, float[] cols,
                             List<String> cells, boolean cjk) throws IOException {
        float line = y - size * 1.6f;
        for (int i = 0; i < cells.size() && i < cols.length; i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (i == 0 && c.length() > 18) {
                c = c.substring(0, 17) + "…";
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x + cols[i], line);
            cs.showText(cjk ? c : latin(c));
            cs.endText();
        }
        return line;
    }

    /** Without a CJK font, what Helvetica cannot draw becomes "?" rather than failing the whole report. */
    private static String latin(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(ch >= 32 && ch < 127 ? ch : '?');
        }
        return b.toString();
    }
}
