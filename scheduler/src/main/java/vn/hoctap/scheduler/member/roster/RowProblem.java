package vn.hoctap.scheduler.member.roster;

/**
 * One thing the admin has to fix in a roster file, worded for them in Vietnamese. {@code row} is
 * the spreadsheet row number they see (the header is usually row 1); {@link #FILE} (0) marks a
 * problem with the whole file, which then has no column, except a missing column, which names it.
 */
public record RowProblem(int row, String column, String message) {

    /** The row number of problems that concern the whole file. */
    public static final int FILE = 0;

    public static RowProblem file(String message) {
        return new RowProblem(FILE, null, message);
    }

    public boolean isFileProblem() {
        return row == FILE;
    }
}
