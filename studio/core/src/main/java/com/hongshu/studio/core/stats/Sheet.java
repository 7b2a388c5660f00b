package com.hongshu.studio.core.stats;

import java.util.List;

/** A sheet of an imported file as plain text cells (a CSV file is one sheet). */
public record Sheet(String name, List<List<String>> rows) {
}
