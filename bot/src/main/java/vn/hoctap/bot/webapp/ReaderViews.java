package vn.hoctap.bot.webapp;

import java.util.List;

/** What the Mini App's API answers: plain JSON records, texts already in Vietnamese. */
final class ReaderViews {

    private ReaderViews() {
    }

    record Home(String name, int done, int total, List<AssignmentItem> assignments) {
    }

    record AssignmentItem(long assignmentId, long documentId, String code, String title, String deadline, boolean done,
            boolean overdue) {
    }

    record DocumentView(long id, String code, String title, String issued, String summary, List<String> keyPoints,
            List<SectionView> sections, List<Integer> bookmarks, AssignmentView assignment) {
    }

    record SectionView(int position, int level, String heading, String text) {
    }

    record AssignmentView(long assignmentId, String deadline, boolean done, String confirmedAt, boolean overdue,
            List<Requirement> requirements, boolean quiz) {
    }

    record Requirement(String label, boolean met) {
    }

    record Confirmed(String confirmedAt, int done, int total) {
    }

    record Refused(String error, List<String> missing) {
    }
}
