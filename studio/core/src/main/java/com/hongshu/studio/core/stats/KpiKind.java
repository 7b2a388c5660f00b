package com.hongshu.studio.core.stats;

/** The dashboard's headline figures. */
public enum KpiKind {
    /** Followers at the end of the period. */
    FOLLOWERS,
    /** New minus lost followers in the period. */
    NET_GAIN,
    IMPRESSIONS,
    VIEWS,
    /** (likes + collects + comments + shares) / views over the period: the platform's stated definition. */
    ENGAGEMENT_RATE
}
