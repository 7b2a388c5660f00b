package com.hongshu.studio.store.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes XLSX files in the creator centre's layouts for tests (numbers as number cells, like the real exports). */
final class ExportFiles {

    static final List<String> CONTENT_LIST = List.of("笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率",
            "点赞", "评论", "收藏", "涨粉", "分享", "人均观看时长");
    static final List<String> DETAIL = List.of("日期", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉",
            "分享", "人均观看时长");

    private ExportFiles() {
    }

    /** One sheet; cells that parse as numbers (and are not dates or percentages) are written as numbers. */
    static Path xlsx(Path file, String sheet, List<String> header, List<List<Object>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "HongshuStudioTest", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        }
        return file;
    }
}
