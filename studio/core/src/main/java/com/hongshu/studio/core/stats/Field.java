package com.hongshu.studio.core.stats;

import java.util.List;
import java.util.Locale;

/** A column the import understands, with the headers the creator centre (and English CSV files) use for it. */
public enum Field {
    TITLE("笔记标题", "标题", "title"),
    NOTE_ID("笔记id", "笔记ID", "note id"),
    PUBLISHED("首次发布时间", "发布时间", "published"),
    KIND("体裁", "笔记类型", "kind"),
    DATE("日期", "date"),
    IMPRESSIONS("曝光", "曝光量", "曝光数", "impressions"),
    VIEWS("观看量", "观看", "观看数", "阅读量", "views"),
    CLICK_RATE("封面点击率", "click-through rate", "ctr"),
    LIKES("点赞", "点赞数", "likes"),
    COMMENTS("评论", "评论数", "comments"),
    COLLECTS("收藏", "收藏数", "collects"),
    FOLLOWER_GAIN("涨粉", "涨粉数", "follower gain"),
    SHARES("分享", "分享数", "shares"),
    AVG_VIEW_TIME("人均观看时长", "平均观看时长", "avg view time"),
    FOLLOWERS("粉丝数", "总粉丝数", "followers"),
    NEW_FOLLOWERS("新增粉丝", "新增粉丝数", "new followers"),
    LOST_FOLLOWERS("流失粉丝", "取关粉丝", "取关粉丝数", "lost followers"),
    PROFILE_VISITS("主页访客", "主页访客数", "主页访问", "profile visits");

    private final List<String> headers;

    Field(String... headers) {
        this.headers = List.of(headers);
    }

    /** The field a header cell names, ignoring spaces, case and a unit in brackets ("人均观看时长(秒)"). */
    public static Field forHeader(String cell) {
        String h = normalise(cell);
        if (h.isEmpty()) {
            return null;
        }
        for (Field f : values()) {
            for (String name : f.headers) {
                if (h.equals(normalise(name))) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("[(（\\[].*$", "");
        return t.replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
    }
}
