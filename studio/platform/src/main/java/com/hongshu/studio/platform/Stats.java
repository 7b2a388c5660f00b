package com.hongshu.studio.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** note.listStats and account.getDailyStats. Counters only grow and arrive late. */
public final class Stats {
    private Stats() {
    }

    /** {@code pageSize} 12, 24, 36 or 48; {@code updatedSince} epoch ms; {@code noteIds} optional filter. */
    public record StatsRequest(String cursor, Integer pageSize, Long updatedSince, List<String> noteIds) {
    }

    public record NoteStats(@JsonProperty(required = true) String noteId, String title, long postTime,
                            @JsonProperty(required = true) long impressions,
                            @JsonProperty(required = true) long readCount, long likeCount, long collectCount,
                            long commentCount, long shareCount, long followerGain,
                            @JsonProperty(required = true) long statsUpdatedAt) {
    }

    public record StatsPage(@JsonProperty(required = true) List<NoteStats> items, String cursor,
                            @JsonProperty(required = true) boolean hasMore, long serverTime) {
    }

    public record DailyStatsRequest(long from, long to) {
    }

    public record DailyStats(@JsonProperty(required = true) String date, long followers, long newFollowers,
                             long lostFollowers, long profileViews) {
    }

    public record DailyStatsReply(@JsonProperty(required = true) List<DailyStats> days) {
    }
}
