package vn.hoctap.scheduler.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.testing.TestDatabase;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A member's timeline, one event of each kind an hour apart, from 1 March 2026 08:00 UTC; a reading
 * recorded for two assignments of one document is one line.
 */
class MemberHistoryTests {

    private final TestDatabase database = TestDatabase.perTest();

    @Test
    void everyKindOfEventNewestFirstInVietnamese() {
        var dataSource = database.dataSource();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        MemberHistory history = new MemberHistory(jdbc);
        long cell = new UnitRepository(jdbc).create(null, UnitLevel.CELL, "Chi bộ").id();
        long member = jdbc.sql("""
                INSERT INTO members (unit_id, full_name, telegram_user_id, linked_at) VALUES (:u, 'Lê Dung', 42, '2026-03-01 08:00Z')
                RETURNING id""").param("u", cell).query(Long.class).single();
        long doc = new DocumentRepository(jdbc).save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        long campaign = jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline) VALUES ('Đợt 1', '2026-03-01Z', '2026-03-20Z') RETURNING id")
                .query(Long.class).single();
        long a = jdbc.sql("INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id) VALUES (:d, :u, '2026-03-01Z', '2026-03-20Z', :c) RETURNING id")
                .param("d", doc).param("u", cell).param("c", campaign).query(Long.class).single();
        jdbc.sql("INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, status, sent_at) VALUES (:c, 'announce', :m, 42, 'x', 'SENT', '2026-03-01 09:00Z')")
                .param("c", campaign).param("m", member).update();
        jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id, first_opened_at, last_opened_at) VALUES (:m, :a, '2026-03-01 10:00Z', '2026-03-01 10:30Z')")
                .param("m", member).param("a", a).update();
        // The same document in the unit's own plan too: one reading counts for both, and is one line.
        long own = jdbc.sql("INSERT INTO assignments (document_id, unit_id, starts_at, deadline) VALUES (:d, :u, '2026-03-01Z', '2026-04-20Z') RETURNING id")
                .param("d", doc).param("u", cell).query(Long.class).single();
        jdbc.sql("INSERT INTO assignment_views (member_id, assignment_id, first_opened_at, last_opened_at) VALUES (:m, :a, '2026-03-01 10:00Z', '2026-03-01 10:30Z')")
                .param("m", member).param("a", own).update();
        jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode, started_at, finished_at, score, total, passed) VALUES (:m, :a, 'INLINE', '2026-03-01 10:50Z', '2026-03-01 11:00Z', 4, 5, true)")
                .param("m", member).param("a", a).update();
        jdbc.sql("INSERT INTO reflections (member_id, assignment_id, reflection_at, plan_at) VALUES (:m, :a, '2026-03-01 12:00Z', '2026-03-01 13:00Z')")
                .param("m", member).param("a", a).update();
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id, confirmed_at) VALUES (:m, :a, '2026-03-01 14:00Z')")
                .param("m", member).param("a", a).update();
        // Confirmed once, counted for the unit's copy too: still one line.
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id, confirmed_at) VALUES (:m, :a, '2026-03-01 14:00Z')")
                .param("m", member).param("a", own).update();
        jdbc.sql("INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, status, claimed_at) VALUES (:c, 'remind-P3D', :m, 42, 'x', 'FAILED', '2026-03-01 15:00Z')")
                .param("c", campaign).param("m", member).update();
        long conference = jdbc.sql("""
                INSERT INTO conferences (campaign_id, name, starts_at, ends_at) VALUES (:c, 'Hội nghị quán triệt', '2026-03-01 16:00Z',
                       '2026-03-01 18:00Z') RETURNING id""").param("c", campaign).query(Long.class).single();
        long unitPoint = jdbc.sql("INSERT INTO conference_points (conference_id, unit_id, place, secret) VALUES (:c, :u, 'Hội trường', '\\x00') RETURNING id")
                .param("c", conference).param("u", cell).query(Long.class).single();
        jdbc.sql("INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, status, sent_at) VALUES (:c, :s, :m, 42, 'x', 'SENT', '2026-03-01 15:30Z')")
                .param("c", campaign).param("s", "conf" + conference + "-invite").param("m", member).update();
        jdbc.sql("""
                INSERT INTO conference_attendees (conference_id, member_id, point_id, convened, checked_in_at, checked_in_by)
                VALUES (:c, :m, :p, true, '2026-03-01 16:05Z', 'SCAN')""").param("c", conference).param("m", member).param("p", unitPoint).update();
        jdbc.sql("INSERT INTO outbox (campaign_id, step, member_id, chat_id, body) VALUES (:c, 'remind-P1D', :m, 42, 'x')")
                .param("c", campaign).param("m", member).update(); // still pending: not history yet

        assertThat(history.of(member)).containsExactly(
                new HistoryEvent(Instant.parse("2026-03-01T16:05:00Z"), "ATTENDED", "Dự hội nghị: Hội nghị quán triệt (quét mã điểm danh)"),
                new HistoryEvent(Instant.parse("2026-03-01T15:30:00Z"), "MESSAGE", "Giấy triệu tập hội nghị (Đợt 1): đã gửi"),
                new HistoryEvent(Instant.parse("2026-03-01T15:00:00Z"), "MESSAGE", "Tin nhắc nhở (Đợt 1): gửi không thành công"),
                new HistoryEvent(Instant.parse("2026-03-01T14:00:00Z"), "CONFIRMED", "Xác nhận đã học: 18-NQ/TW Bộ máy"),
                new HistoryEvent(Instant.parse("2026-03-01T13:00:00Z"), "PLAN", "Nộp kế hoạch hành động: 18-NQ/TW Bộ máy"),
                new HistoryEvent(Instant.parse("2026-03-01T12:00:00Z"), "REFLECTION", "Nộp bài thu hoạch: 18-NQ/TW Bộ máy"),
                new HistoryEvent(Instant.parse("2026-03-01T11:00:00Z"), "QUIZ", "Làm bài kiểm tra 18-NQ/TW Bộ máy: 4/5 câu đúng, đạt"),
                new HistoryEvent(Instant.parse("2026-03-01T10:00:00Z"), "OPENED", "Mở tài liệu: 18-NQ/TW Bộ máy"),
                new HistoryEvent(Instant.parse("2026-03-01T09:00:00Z"), "MESSAGE", "Thông báo đợt học (Đợt 1): đã gửi"),
                new HistoryEvent(Instant.parse("2026-03-01T08:00:00Z"), "LINKED", "Liên kết tài khoản Telegram"));
        assertThatThrownBy(() -> history.of(999_999)).isInstanceOf(NoSuchElementException.class);
    }
}
