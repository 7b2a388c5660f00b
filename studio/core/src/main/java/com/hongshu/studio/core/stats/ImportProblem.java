package com.hongshu.studio.core.stats;

/** Why a file cannot be imported; each has a message in the user's language. */
public enum ImportProblem {
    /** No cells at all, or a header and no rows. */
    EMPTY_FILE,
    /** No sheet looks like a creator-centre export (a wrong sheet or another kind of file). */
    NO_EXPORT_SHEET,
    /** A sheet looks like an export but lacks columns it needs. */
    MISSING_COLUMNS,
    /** Text where a number belongs. */
    NOT_A_NUMBER,
    /** A date or time that cannot be read. */
    BAD_DATE,
    /** The file cannot be read as XLSX or CSV at all. */
    UNREADABLE
}
