package com.hongshu.studio.core.stats;

/**
 * Notes published in one weekday x hour slot (weekday 1 = Monday, hour 0-23, in the user's zone) and what their first
 * seven days brought: the fair measure for comparing posting times.
 */
public record PublishSlot(int weekday, int hour, long notes, long firstWeekViews, long firstWeekEngagements) {

    public double averageViews() {
        return notes == 0 ? 0 : (double) firstWeekViews / notes;
    }
}
