package vn.hoctap.scheduler.member.roster;

import java.util.List;

/**
 * What a roster check or import found and did, for the admin dashboard.
 *
 * @param rowsRead  non-blank data rows in the file
 * @param validRows rows without any problem
 * @param created   members inserted
 * @param updated   existing members (same card number) updated
 * @param skipped   rows read but not written: all of them for a check or a refused import,
 *                  the invalid ones when only valid rows were imported
 * @param problems  every problem found, file-level ones first, then by row
 * @param outOfScope a row touches units or members outside the importer's unit: the whole file is refused
 */
public record RosterReport(int rowsRead, int validRows, int created, int updated, int skipped, List<RowProblem> problems,
        boolean outOfScope) {

    public RosterReport {
        problems = List.copyOf(problems);
    }

    public RosterReport(int rowsRead, int validRows, int created, int updated, int skipped, List<RowProblem> problems) {
        this(rowsRead, validRows, created, updated, skipped, problems, false);
    }

    public static RosterReport fileProblems(List<RowProblem> problems) {
        return new RosterReport(0, 0, 0, 0, 0, problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasFileProblems() {
        return problems.stream().anyMatch(RowProblem::isFileProblem);
    }
}
