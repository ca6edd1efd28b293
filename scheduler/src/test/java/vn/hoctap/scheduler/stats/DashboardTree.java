package vn.hoctap.scheduler.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A small province whose figures can be counted by hand. Now is 10 March 2026, noon in Hà Nội.
 * Districts "Em" (no members), "Đông Hà" (cell C2) and "Dương Minh" (cell C1), created in that order.
 * Campaign {@code main} (province, documents 1 and 2, from 7 March 08:00 local):
 * <pre>
 * C1 m1 ACTIVE  linked   confirms 1 (7 Mar), 2 (9 Mar); quizzes passed; reflection + plan for both
 * C1 m2 ACTIVE  linked   confirms 1 only
 * C1 m3 BLOCKED linked   confirms 1, 2 (7 Mar)
 * C1 m4 LEFT    linked   confirms 1, 2 (never counts)
 * C1 m5 ACTIVE  unlinked nothing
 * C1 m6 ACTIVE  linked   confirms 1, 2 (7 Mar); quiz 2 failed; reflection 2 without plan
 * C2 m7 ACTIVE  linked   confirms 1, 2 (8 Mar)
 * C2 m8 ACTIVE  linked   nothing
 * </pre>
 * {@code district}: "Đông Hà" only, document 1, from 8 March. {@code mixed}: document 1 for the
 * province and document 2 for "Dương Minh" only, from 6 March. {@code cancelled}: the province, cancelled.
 */
final class DashboardTree {

    static final Instant NOW = Instant.parse("2026-03-10T05:00:00Z");

    final JdbcClient jdbc;
    final UnitRepository units;
    final long province, em, dongHa, duongMinh, c1, c2;
    final long main, district, mixed, cancelled;
    final long m1, m2, m3, m4, m5, m6, m7, m8;
    final long doc1, doc2;

    DashboardTree(javax.sql.DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        units = new UnitRepository(jdbc);
        province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        em = units.create(province, UnitLevel.DISTRICT, "Em").id();
        dongHa = units.create(province, UnitLevel.DISTRICT, "Đông Hà").id();
        duongMinh = units.create(province, UnitLevel.DISTRICT, "Dương Minh").id();
        c1 = units.create(duongMinh, UnitLevel.CELL, "Chi bộ 1").id();
        c2 = units.create(dongHa, UnitLevel.CELL, "Chi bộ 2").id();
        m1 = member(c1, "Nguyễn Văn An", "ACTIVE", true);
        m2 = member(c1, "Trần Thị Đào", "ACTIVE", true);
        m3 = member(c1, "Lê Dung", "BLOCKED", true);
        m4 = member(c1, "Võ Bình", "LEFT", true);
        m5 = member(c1, "Phạm Em", "ACTIVE", false);
        m6 = member(c1, "Hoàng Cúc", "ACTIVE", true);
        m7 = member(c2, "Đỗ Giang", "ACTIVE", true);
        m8 = member(c2, "Bùi Hà", "ACTIVE", true);
        DocumentRepository docs = new DocumentRepository(jdbc);
        doc1 = docs.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        doc2 = docs.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Sự nghiệp", null)).id();
        main = campaign("Đợt chính", "2026-03-07T01:00:00Z", "ACTIVE");
        long a1 = assignment(main, doc1, province);
        long a2 = assignment(main, doc2, province);
        confirm(m1, a1, "2026-03-07T03:00:00Z");
        confirm(m1, a2, "2026-03-09T03:00:00Z");
        confirm(m2, a1, "2026-03-07T03:00:00Z");
        confirm(m3, a1, "2026-03-07T03:00:00Z");
        confirm(m3, a2, "2026-03-07T04:00:00Z");
        confirm(m4, a1, "2026-03-07T03:00:00Z");
        confirm(m4, a2, "2026-03-07T03:00:00Z");
        confirm(m6, a1, "2026-03-07T03:00:00Z");
        confirm(m6, a2, "2026-03-07T16:59:00Z"); // 23:59 in Hà Nội: still 7 March there
        confirm(m7, a1, "2026-03-08T03:00:00Z");
        confirm(m7, a2, "2026-03-08T03:00:00Z");
        quiz(m1, a1, 4, 5, true);
        quiz(m1, a2, 5, 5, true);
        quiz(m6, a1, 5, 5, true);
        quiz(m6, a2, 2, 5, false);
        reflection(m1, a1, true);
        reflection(m1, a2, true);
        reflection(m6, a1, true);
        reflection(m6, a2, false);
        district = campaign("Đợt huyện", "2026-03-08T01:00:00Z", "ACTIVE");
        assignment(district, doc1, dongHa);
        mixed = campaign("Đợt hỗn hợp", "2026-03-06T01:00:00Z", "ACTIVE");
        confirm(m7, assignment(mixed, doc1, province), "2026-03-08T03:00:00Z");
        assignment(mixed, doc2, duongMinh);
        cancelled = campaign("Đợt đã huỷ", "2026-03-09T01:00:00Z", "CANCELLED");
        assignment(cancelled, doc1, province);
    }

    private long member(long unit, String name, String status, boolean linked) {
        return jdbc.sql("""
                INSERT INTO members (unit_id, full_name, external_ref, status, telegram_user_id, linked_at)
                VALUES (:u, :n, :r, :s, CASE WHEN :l THEN nextval('members_id_seq') + 5000 END, CASE WHEN :l THEN TIMESTAMPTZ '2026-03-01 02:00Z' END)
                RETURNING id""").param("u", unit).param("n", name).param("r", "DV-" + name.hashCode()).param("s", status).param("l", linked)
                .query(Long.class).single();
    }

    private long campaign(String name, String startsAt, String status) {
        return jdbc.sql("INSERT INTO campaigns (name, starts_at, deadline, status) VALUES (:n, :s, :d, :st) RETURNING id")
                .param("n", name).param("s", Timestamp.from(Instant.parse(startsAt)))
                .param("d", Timestamp.from(Instant.parse("2026-03-20T10:00:00Z"))).param("st", status).query(Long.class).single();
    }

    long assignment(long campaign, long doc, long unit) {
        return jdbc.sql("""
                INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c RETURNING id""")
                .param("d", doc).param("u", unit).param("c", campaign).query(Long.class).single();
    }

    void confirm(long member, long assignment, String at) {
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id, confirmed_at) VALUES (:m, :a, :t)").param("m", member)
                .param("a", assignment).param("t", Timestamp.from(Instant.parse(at))).update();
    }

    private void quiz(long member, long assignment, int score, int total, boolean passed) {
        jdbc.sql("""
                INSERT INTO quiz_attempts (member_id, assignment_id, mode, started_at, finished_at, score, total, passed)
                VALUES (:m, :a, 'INLINE', TIMESTAMPTZ '2026-03-07 02:00Z', TIMESTAMPTZ '2026-03-07 02:10Z', :s, :t, :p)""")
                .param("m", member).param("a", assignment).param("s", score).param("t", total).param("p", passed).update();
    }

    private void reflection(long member, long assignment, boolean withPlan) {
        jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at)
                VALUES (:m, :a, 'Thu hoạch', TIMESTAMPTZ '2026-03-07 02:30Z', CASE WHEN :p THEN 'Kế hoạch' END,
                        CASE WHEN :p THEN TIMESTAMPTZ '2026-03-07 02:40Z' END)""")
                .param("m", member).param("a", assignment).param("p", withPlan).update();
    }
}
