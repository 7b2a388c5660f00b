package com.hongshu.studio.core.stats;

import java.util.EnumSet;
import java.util.Set;

/** The files the import understands, by the columns they must have. */
public enum ExportLayout {
    /** The content list: one row per note with its totals since publishing. */
    CONTENT_LIST(EnumSet.of(Field.TITLE, Field.PUBLISHED, Field.IMPRESSIONS, Field.VIEWS, Field.LIKES, Field.COMMENTS,
            Field.COLLECTS)),
    /** A note's 数据明细表 (or several notes' with a title column): one row per day. */
    NOTE_DAILY(EnumSet.of(Field.DATE, Field.IMPRESSIONS, Field.VIEWS, Field.LIKES, Field.COMMENTS, Field.COLLECTS)),
    /** The account's fan figures per day. */
    ACCOUNT_DAILY(EnumSet.of(Field.DATE, Field.FOLLOWERS));

    private final Set<Field> required;

    ExportLayout(Set<Field> required) {
        this.required = required;
    }

    public Set<Field> required() {
        return required;
    }
}
