package com.hongshu.studio.core.stats;

import java.util.List;
import java.util.Map;

/**
 * What a file would import, shown before anything is written: the layout found, which column feeds which field, the
 * first rows as read, and the batch itself.
 */
public record ImportPreview(ExportLayout layout, String sheet, Map<String, Field> mapping, List<String> ignored,
                            List<List<String>> sample, int rows, StatsBatch batch) {
}
