package com.hongshu.studio.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hongshu.studio.core.stats.ExportParser;
import com.hongshu.studio.core.stats.ImportPreview;
import com.hongshu.studio.core.stats.SheetSource;
import com.hongshu.studio.store.stats.StatsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsImportModelTest {

    @TempDir
    Path dir;

    @Test
    void aStreamedCsvImportEstimatesItsRowsFromTheFileSizeSoTheProgressBarMoves() throws Exception {
        StringBuilder csv = new StringBuilder("笔记标题,日期,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长\n");
        for (int n = 0; n < 40; n++) {
            for (int d = 0; d < 50; d++) {
                csv.append("笔记").append(n).append(',').append(LocalDate.of(2026, 11, 30).minusDays(d))
                        .append(',').append(900 + d * 7).append(",150,11.1%,10,1,4,0,2,18.5\n");
            }
        }
        Path file = Files.writeString(dir.resolve("明细.csv"), csv.toString());
        ImportPreview preview;
        try (SheetSource src = StatsFiles.open(file)) {
            preview = new ExportParser(ZoneId.of("Asia/Shanghai"), LocalDate.of(2026, 11, 30)).preview(src, "明细.csv");
        }
        assertThat(StatsImportModel.estimateRows(file, preview)).isBetween(1_800L, 2_200L);
        assertThat(StatsImportModel.estimateRows(dir.resolve("明细.xlsx"), preview)).isZero();
    }
}
