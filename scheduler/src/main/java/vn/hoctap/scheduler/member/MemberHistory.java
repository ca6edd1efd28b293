package vn.hoctap.scheduler.member;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A member's timeline for the dashboard, newest first, from what the tables keep: the Telegram link,
 * documents opened and confirmed, quiz attempts, reflections and plans, and bulk messages that were
 * sent or failed (pending ones have not happened yet). Only the latest link is kept, and a failed
 * message's time is when it was last tried.
 */
@Service
public class MemberHistory {

    private static final String DOCUMENT = "d.number || '-' || d.doc_type || '/' || d.issuer || ' ' || d.title";

    private static final String EVENTS = """
            SELECT linked_at AS at, 'LINKED' AS kind, 'Liên kết tài khoản Telegram' AS detail
              FROM members WHERE id = :m AND linked_at IS NOT NULL
            UNION ALL
            SELECT DISTINCT v.first_opened_at, 'OPENED', 'Mở tài liệu: ' || DOC
              FROM assignment_views v JOIN assignments a ON a.id = v.assignment_id JOIN documents d ON d.id = a.document_id
             WHERE v.member_id = :m
            UNION ALL
            SELECT DISTINCT c.confirmed_at, 'CONFIRMED', 'Xác nhận đã học: ' || DOC
              FROM confirmations c JOIN assignments a ON a.id = c.assignment_id JOIN documents d ON d.id = a.document_id
             WHERE c.member_id = :m
            UNION ALL
            SELECT q.finished_at, 'QUIZ', 'Làm bài kiểm tra ' || DOC || ': '
                   || coalesce(q.score || '/' || q.total || ' câu đúng, ', '') || CASE WHEN q.passed THEN 'đạt' ELSE 'chưa đạt' END
              FROM quiz_attempts q JOIN assignments a ON a.id = q.assignment_id JOIN documents d ON d.id = a.document_id
             WHERE q.member_id = :m AND q.finished_at IS NOT NULL
            UNION ALL
            SELECT r.reflection_at, 'REFLECTION', 'Nộp bài thu hoạch: ' || DOC
              FROM reflections r JOIN assignments a ON a.id = r.assignment_id JOIN documents d ON d.id = a.document_id
             WHERE r.member_id = :m AND r.reflection_at IS NOT NULL
            UNION ALL
            SELECT r.plan_at, 'PLAN', 'Nộp kế hoạch hành động: ' || DOC
              FROM reflections r JOIN assignments a ON a.id = r.assignment_id JOIN documents d ON d.id = a.document_id
             WHERE r.member_id = :m AND r.plan_at IS NOT NULL
            UNION ALL
            SELECT at.checked_in_at, 'ATTENDED', 'Dự hội nghị: ' || cf.name
                   || CASE at.checked_in_by WHEN 'SCAN' THEN ' (quét mã điểm danh)' WHEN 'ROLL' THEN ' (bí thư điểm danh hộ)' ELSE '' END
              FROM conference_attendees at JOIN conferences cf ON cf.id = at.conference_id
             WHERE at.member_id = :m AND at.checked_in_at IS NOT NULL
            UNION ALL
            SELECT coalesce(o.sent_at, o.claimed_at, o.not_before), 'MESSAGE',
                   CASE WHEN o.step = 'announce' THEN 'Thông báo đợt học'
                        WHEN o.step LIKE 'remind-%' OR o.step LIKE 'deadline-morning%' THEN 'Tin nhắc nhở'
                        WHEN o.step LIKE 'escalate%' THEN 'Báo cáo đơn vị chậm tiến độ'
                        WHEN o.step LIKE 'digest-%' THEN 'Tin tổng hợp hằng ngày'
                        WHEN o.step LIKE 'push-%' THEN 'Tin nhắc của bí thư'
                        WHEN o.step LIKE 'push1-%' THEN 'Tin nhắc riêng của bí thư'
                        WHEN o.step ~ '^conf[0-9]+-invite$' THEN 'Giấy triệu tập hội nghị'
                        WHEN o.step ~ '^conf[0-9]+-(day|hour)$' THEN 'Nhắc lịch hội nghị'
                        WHEN o.step ~ '^conf[0-9]+-makeup$' THEN 'Tin học bù sau hội nghị'
                        WHEN o.step ~ '^form[0-9]+$' THEN 'Phiếu lấy ý kiến'
                        ELSE 'Tin nhắn' END
                   || ' (' || c.name || '): '
                   || CASE o.status WHEN 'SENT' THEN 'đã gửi' WHEN 'FAILED' THEN 'gửi không thành công'
                                    ELSE 'không gửi được (tài khoản đã chặn bot)' END
              FROM outbox o JOIN campaigns c ON c.id = o.campaign_id
             WHERE o.member_id = :m AND o.status IN ('SENT', 'FAILED', 'UNREACHABLE')
            """.replace("DOC", DOCUMENT);

    private final JdbcClient jdbc;

    public MemberHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws NoSuchElementException for an unknown member */
    public List<HistoryEvent> of(long memberId) {
        if (jdbc.sql("SELECT count(*) FROM members WHERE id = :m").param("m", memberId).query(Long.class).single() == 0) {
            throw new NoSuchElementException("member " + memberId);
        }
        return jdbc.sql("SELECT * FROM (" + EVENTS + ") e ORDER BY at DESC, kind").param("m", memberId)
                .query((rs, n) -> new HistoryEvent(rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("detail")))
                .list();
    }
}
