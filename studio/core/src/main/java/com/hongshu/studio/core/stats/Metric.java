package com.hongshu.studio.core.stats;

/** A per-note counter, as a column of the top-notes table or a chart series. */
public enum Metric {
    IMPRESSIONS, VIEWS, LIKES, COLLECTS, COMMENTS, SHARES, FOLLOWER_GAIN, ENGAGEMENTS
}
