package com.hongshu.studio.core.sync;

import java.time.Instant;

/**
 * Where a pull (stats, orders, products) stands, so a crash mid-pull resumes from the stored cursor.
 *
 * @param cursor        the platform's opaque page cursor (null = start over)
 * @param highWaterMark the largest update time already stored (epoch ms semantics as an Instant), null if none
 */
public record SyncCursor(String name, String cursor, Instant highWaterMark, Instant updatedAt) {
}
