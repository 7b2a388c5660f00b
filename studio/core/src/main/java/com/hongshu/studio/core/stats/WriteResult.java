package com.hongshu.studio.core.stats;

/** What a write did: rows new, rows that replaced a day already stored, and rows flagged as going backwards. */
public record WriteResult(long inserted, long replaced, long flagged, long account) {
}
