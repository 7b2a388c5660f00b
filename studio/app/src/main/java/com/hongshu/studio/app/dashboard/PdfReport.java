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
        return new PdfReport().render(file, content, fontCandidates);
    }

    private boolean render(Path file, Content content, List<String> fontCandidates) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Optional<PDFont> cjk = loadCjk(doc, fontCandidates);
            PDFont font = cjk.orElse(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            cmap = cjkCmap;
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

    /** The embedded font's character map, to replace what it cannot draw; for this report. */
    private org.apache.fontbox.ttf.CmapLookup cmap;
    private org.apache.fontbox.ttf.CmapLookup cjkCmap;

    private Optional<PDFont> loadCjk(PDDocument doc, List<String> candidates) {
        cjkCmap = null;
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
                            cjkCmap = ttf.getUnicodeCmapLookup();
                        }
                    });
                    if (found[0] != null) {
                        return Optional.of(found[0]);
                    }
                } else {
                    org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                            new org.apache.pdfbox.io.RandomAccessReadBufferedFile(p.toFile()));
                    PDFont font = PDType0Font.load(doc, ttf, true);
                    cjkCmap = ttf.getUnicodeCmapLookup();
                    return Optional.of(font);
                }
            } catch (IOException | RuntimeException e) {
                System.getLogger("studio.dashboard").log(System.Logger.Level.DEBUG, "font " + path + " unusable", e);
            }
        }
        return Optional.empty();
    }

    private float text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s,
                       boolean cjk) throws IOException {
        float line = y - size * 1.4f;
        show(cs, font, size, x, line, s);
        return line;
    }

    private float row(PDPageContentStream cs, PDFont font, float size, float x, float y, float[] cols,
                      List<String> cells, boolean cjk) throws IOException {
        float line = y - size * 1.6f;
        for (int i = 0; i < cells.size() && i < cols.length; i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (i == 0 && c.length() > 18) {
                c = c.substring(0, 17) + "...";
            }
            show(cs, font, size, x + cols[i], line, c);
        }
        return line;
    }

    /**
     * Draws {@code s} in runs: what the CJK font has in it, the rest in Helvetica (fallback CJK fonts such as Droid
     * Sans Fallback have no Latin letters or digits).
     */
    private void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        float at = x;
        StringBuilder run = new StringBuilder();
        Boolean inCjk = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean mine = cmap != null && cmap.getGlyphId(cp) > 0;
            if (inCjk != null && mine != inCjk) {
                at = draw(cs, inCjk ? font : latinFont, size, at, y, run.toString());
                run.setLength(0);
            }
            inCjk = mine;
            if (mine) {
                run.appendCodePoint(cp);
            } else {
                run.append(latin(new String(Character.toChars(cp))));
            }
        }
        if (run.length() > 0) {
            draw(cs, inCjk ? font : latinFont, size, at, y, run.toString());
        }
    }

    private static float draw(PDPageContentStream cs, PDFont font, float size, float x, float y, String run)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(run);
        cs.endText();
        return x + font.getStringWidth(run) / 1000f * size;
    }

    private final PDFont latinFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** What Helvetica cannot draw becomes a plain look-alike or "?" rather than failing the whole report. */
    private static String latin(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(switch (cp) {
            case 0x2013, 0x2014, 0x2212 -> "-";
            case 0x2026 -> "...";
            case 0x00F7 -> "/";
            case 0x00B7 -> ".";
            case 0x201C, 0x201D -> "\"";
            case 0x2018, 0x2019 -> "'";
            case 0xFF08 -> "(";
            case 0xFF09 -> ")";
            case 0xFF1A -> ":";
            case 0xFF0C -> ",";
            default -> cp >= 32 && cp < 127 ? new String(Character.toChars(cp)) : "?";
        }));
        return b.toString();
    }
}
