package com.hongshu.studio.app.dashboard;

import com.hongshu.studio.app.common.I18n;
import com.hongshu.studio.app.common.Notifier;
import com.hongshu.studio.app.common.TaskRunner;
import com.hongshu.studio.core.stats.Kpi;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Saving what the dashboard shows: the chart as PNG, the notes table as CSV, a one-page PDF report. Snapshots are
 * taken on the FX thread (they must be); encoding and writing run on the TaskRunner.
 */
public final class DashboardExports {

    private final TaskRunner tasks;
    private final Notifier notifier;
    private final I18n i18n;
    private final List<String> fonts;

    public DashboardExports(TaskRunner tasks, Notifier notifier, I18n i18n, List<String> fonts) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.i18n = i18n;
        this.fonts = fonts;
    }

    private static Path choose(Window owner, String name, String filter, String ext) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, "*." + ext));
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    void chartPng(Node chart, Window owner) {
        Path file = choose(owner, "dashboard-chart.png", "PNG", "png");
        if (file != null) {
            savePng(snapshot(chart), file);
        }
    }

    static BufferedImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        WritableImage img = node.snapshot(params, null);
        return SwingFXUtils.fromFXImage(img, null);
    }

    void savePng(BufferedImage image, Path file) {
        tasks.submit(i18n.get("dashboard.export.saving"), p -> {
            ImageIO.write(image, "png", file.toFile());
            return file;
        }, f -> notifier.success(i18n.format("dashboard.export.saved", f.getFileName())),
                e -> notifier.error(i18n.get("dashboard.export.failed"), e));
    }

    void tableCsv(NotesTable table, Window owner) {
        Path file = choose(owner, "dashboard-notes.csv", "CSV", "csv");
        if (file != null) {
            saveCsv(table.header(), table.rows(Integer.MAX_VALUE), file);
        }
    }

    void saveCsv(List<String> header, List<List<String>> rows, Path file) {
        tasks.submit(i18n.get("dashboard.export.saving"), p -> {
            TableCsv.write(file, header, rows);
            return file;
        }, f -> notifier.success(i18n.format("dashboard.export.saved", f.getFileName())),
                e -> notifier.error(i18n.get("dashboard.export.failed"), e));
    }

    void pdf(DashboardData data, Node chart, NotesTable table, Window owner) {
        if (data == null) {
            return;
        }
        Path file = choose(owner, "dashboard-report.pdf", "PDF", "pdf");
        if (file != null) {
            savePdf(content(data, snapshot(chart), table.header(), table.rows(25)), file);
        }
    }

    PdfReport.Content content(DashboardData data, BufferedImage chart, List<String> header, List<List<String>> rows) {
        Formats fmt = new Formats(i18n);
        List<String> lines = new ArrayList<>();
        for (Kpi k : data.kpis()) {
            lines.add(i18n.format("dashboard.report.kpi", i18n.get("dashboard.kpi." + k.kind().name()),
                    fmt.kpiValue(k), fmt.kpiPrevious(k), fmt.change(k)));
        }
        // Keep the report's table to the columns that fit a page: title, published, impressions .. follower gain.
        List<String> shortHeader = header.subList(0, Math.min(9, header.size()));
        List<List<String>> shortRows = rows.stream().map(r -> r.subList(0, Math.min(9, r.size()))).toList();
        return new PdfReport.Content(i18n.get("dashboard.report.title"),
                i18n.format("dashboard.period.shown", data.period().from().format(fmt.date()),
                        data.period().to().format(fmt.date()), data.period().days()),
                lines, i18n.get("dashboard.kpi.ENGAGEMENT_RATE.definition"), chart,
                i18n.get("dashboard.notes.heading"), shortHeader, shortRows, i18n.get("dashboard.report.footer"));
    }

    void savePdf(PdfReport.Content content, Path file) {
        tasks.submit(i18n.get("dashboard.export.saving"), p -> PdfReport.write(file, content, fonts), cjk -> {
            notifier.success(i18n.format("dashboard.export.saved", file.getFileName()));
            if (!cjk) {
                notifier.warn(i18n.get("dashboard.export.noCjkFont"));
            }
        }, e -> notifier.error(i18n.get("dashboard.export.failed"), e));
    }
}
