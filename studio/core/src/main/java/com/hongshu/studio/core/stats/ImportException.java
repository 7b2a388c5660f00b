package com.hongshu.studio.core.stats;

/**
 * A file that cannot be imported, with where and why: {@code row} is 1-based as a spreadsheet shows it (0 when not
 * about one row), {@code detail} the column, the value or the missing columns.
 */
public final class ImportException extends RuntimeException {

    private final ImportProblem problem;
    private final String sheet;
    private final int row;
    private final String column;
    private final String detail;

    public ImportException(ImportProblem problem, String sheet, int row, String column, String detail) {
        super(problem + " sheet=" + sheet + " row=" + row + " column=" + column + " detail=" + detail);
        this.problem = problem;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.detail = detail;
    }

    public ImportException(ImportProblem problem, String detail, Throwable cause) {
        super(problem + " " + detail, cause);
        this.problem = problem;
        this.sheet = "";
        this.row = 0;
        this.column = "";
        this.detail = detail;
    }

    public ImportProblem problem() {
        return problem;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String detail() {
        return detail;
    }
}
