package com.hongshu.studio.core.stats;

/** What the notes table is ordered by; the store sorts, so only the top rows ever leave the database. */
public enum NoteOrder {
    TITLE, PUBLISHED, IMPRESSIONS, VIEWS, LIKES, COLLECTS, COMMENTS, SHARES, FOLLOWER_GAIN, ENGAGEMENTS,
    ENGAGEMENT_RATE, AVG_VIEW_TIME, FLAGGED_DAYS;

    public static NoteOrder of(Metric m) {
        return valueOf(m.name());
    }
}
