package com.hongshu.studio.core.stats;

/** The counters the creator centre reports for a note (or a sum of notes) over some span of days. */
public record Counts(long impressions, long views, long likes, long collects, long comments, long shares,
                     long followerGain) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** Likes + collects + comments + shares: the numerator of the engagement rate. */
    public long engagements() {
        return likes + collects + comments + shares;
    }

    public Counts plus(Counts o) {
        return new Counts(impressions + o.impressions, views + o.views, likes + o.likes, collects + o.collects,
                comments + o.comments, shares + o.shares, followerGain + o.followerGain);
    }

    public Counts minus(Counts o) {
        return new Counts(impressions - o.impressions, views - o.views, likes - o.likes, collects - o.collects,
                comments - o.comments, shares - o.shares, followerGain - o.followerGain);
    }

    /** True when a counter went backwards (a negative daily figure): kept as reported, but flagged. */
    public boolean hasNegative() {
        return impressions < 0 || views < 0 || likes < 0 || collects < 0 || comments < 0 || shares < 0
                || followerGain < 0;
    }

    public long get(Metric m) {
        return switch (m) {
            case IMPRESSIONS -> impressions;
            case VIEWS -> views;
            case LIKES -> likes;
            case COLLECTS -> collects;
            case COMMENTS -> comments;
            case SHARES -> shares;
            case FOLLOWER_GAIN -> followerGain;
            case ENGAGEMENTS -> engagements();
        };
    }
}
