package vn.hoctap.bot.reports;

import java.util.List;

/**
 * What the filed report says besides the figures: the committee above the reporting unit (heading and
 * "Nơi nhận"), the unit's secretary (signature), and at cell level each member's standing.
 */
record ReportContext(String superiorName, String secretaryName, List<MemberLine> members) {

    /** One member of a cell report; {@code status} is the Vietnamese wording ("Đã hoàn thành", "Chưa mở tài liệu"…). */
    record MemberLine(String fullName, String externalRef, boolean studied, boolean quizPassed, boolean reflection, String status) {
    }
}
