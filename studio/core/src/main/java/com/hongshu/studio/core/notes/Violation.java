package com.hongshu.studio.core.notes;

import java.util.List;

/** A rule a note breaks. ERRORs block publishing and scheduling; WARNINGs are advice. Args fill the message. */
public record Violation(Rule rule, Severity severity, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public enum Rule {
        EMPTY, TITLE_TOO_LONG, BODY_TOO_LONG, NO_IMAGES, TOO_MANY_IMAGES, NO_VIDEO, TOO_MANY_TOPICS,
        SCHEDULE_TOO_SOON, SCHEDULE_TOO_LATE, PRODUCTS_NOT_ALLOWED, ABSOLUTE_WORDING
    }

    public Violation {
        args = List.copyOf(args);
    }

    static Violation error(Rule rule, Object... args) {
        return new Violation(rule, Severity.ERROR, List.of(args));
    }

    static Violation warning(Rule rule, Object... args) {
        return new Violation(rule, Severity.WARNING, List.of(args));
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
