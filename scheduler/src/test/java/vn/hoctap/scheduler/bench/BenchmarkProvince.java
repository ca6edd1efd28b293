package vn.hoctap.scheduler.bench;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The benchmark's province: 10 districts x 50 communes x 10 cells, 20 members per cell (100,000),
 * a province campaign of two documents half done (confirmations spread over its first six days,
 * quizzes and reflections for some), a district campaign, a cancelled one, and a few outbox rows.
 * Some members are unlinked, BLOCKED or LEFT, as in real rosters.
 */
public record BenchmarkProvince(long province, long district, long commune, long campaign, long firstAssignment, long member) {

    public static BenchmarkProvince generate(JdbcClient jdbc) {
        UnitRepository units = new UnitRepository(jdbc);
        long province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT :p, 'DISTRICT', 'Huyện ' || g, '', 0 FROM generate_series(1, 10) g")
                .param("p", province).update();
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT d.id, 'COMMUNE', 'Xã ' || g, '', 0 FROM units d, generate_series(1, 50) g WHERE d.level = 'DISTRICT' ORDER BY d.id, g").update();
        jdbc.sql("INSERT INTO units (parent_id, level, name, path, depth) SELECT c.id, 'CELL', 'Chi bộ ' || g, '', 0 FROM units c, generate_series(1, 10) g WHERE c.level = 'COMMUNE' ORDER BY c.id, g").update();
        jdbc.sql("""
                INSERT INTO members (unit_id, full_name, external_ref, telegram_user_id, linked_at, status)
                SELECT c.id, 'Đảng viên ' || g, 'DV-' || c.id || '-' || g, NULL, NULL, 'ACTIVE'
                  FROM units c, generate_series(1, 20) g WHERE c.level = 'CELL' ORDER BY c.id, g""").update();
        jdbc.sql("UPDATE members SET telegram_user_id = 1000000 + id, linked_at = now() - interval '20 days' WHERE id % 10 <> 0").update();
        jdbc.sql("UPDATE members SET status = CASE WHEN id % 97 = 0 THEN 'LEFT' ELSE 'BLOCKED' END WHERE id % 97 = 0 OR id % 50 = 1").update();
        DocumentRepository docs = new DocumentRepository(jdbc);
        long doc1 = docs.save(new NewDocument("NQ", "18", "TW", LocalDate.of(2017, 10, 25), "Bộ máy", null)).id();
        long doc2 = docs.save(new NewDocument("NQ", "19", "TW", LocalDate.of(2017, 10, 25), "Đơn vị sự nghiệp", null)).id();
        long district = units.children(province).get(0).id();
        long commune = units.children(district).get(0).id();
        long campaign = campaign(jdbc, "Đợt học Nghị quyết 18, 19", "ACTIVE", province, doc1, doc2);
        campaign(jdbc, "Đợt học huyện", "ACTIVE", district, doc1);
        campaign(jdbc, "Đợt đã huỷ", "CANCELLED", province, doc2);
        long[] a = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c ORDER BY document_id").param("c", campaign)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        // 75% confirmed the first document, 50% (a subset) the second: half the province studied.
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id, confirmed_at)
                SELECT id, :a, now() - interval '6 days' + (id % 6) * interval '1 day' FROM members WHERE id % 4 <> 3""")
                .param("a", a[0]).update();
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id, confirmed_at)
                SELECT id, :a, now() - interval '5 days' + (id % 5) * interval '1 day' FROM members WHERE id % 2 = 0""")
                .param("a", a[1]).update();
        jdbc.sql("""
                INSERT INTO quiz_attempts (member_id, assignment_id, mode, started_at, finished_at, score, total, passed)
                SELECT member_id, assignment_id, 'INLINE', confirmed_at - interval '10 minutes', confirmed_at - interval '5 minutes',
                       CASE WHEN member_id % 5 = 0 THEN 2 ELSE 4 END, 5, member_id % 5 <> 0
                  FROM confirmations""").update();
        jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at)
                SELECT member_id, assignment_id, 'Thu hoạch', confirmed_at, 'Kế hoạch', confirmed_at
                  FROM confirmations WHERE member_id % 3 = 0""").update();
        long member = jdbc.sql("SELECT min(id) FROM members WHERE id % 12 = 0").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO outbox (campaign_id, step, member_id, chat_id, body, status, sent_at, created_at)
                SELECT :c, s, m.id, m.telegram_user_id, 'Nhắc', 'SENT', now() - interval '1 day', now() - interval '1 day'
                  FROM members m, unnest(ARRAY['announce', 'remind-P7D']) s WHERE m.telegram_user_id IS NOT NULL""")
                .param("c", campaign).update();
        jdbc.sql("ANALYZE").update();
        return new BenchmarkProvince(province, district, commune, campaign, a[0], member);
    }

    private static long campaign(JdbcClient jdbc, String name, String status, long audience, long... documents) {
        long id = jdbc.sql("""
                INSERT INTO campaigns (name, starts_at, deadline, status) VALUES (:n, now() - interval '6 days', now() + interval '8 days', :s)
                RETURNING id""").param("n", name).param("s", status).query(Long.class).single();
        jdbc.sql("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (:c, :u)").param("c", id).param("u", audience).update();
        for (long doc : documents) {
            jdbc.sql("INSERT INTO campaign_documents (campaign_id, document_id) VALUES (:c, :d)").param("c", id).param("d", doc).update();
            jdbc.sql("""
                    INSERT INTO assignments (document_id, unit_id, starts_at, deadline, campaign_id)
                    SELECT :d, :u, starts_at, deadline, id FROM campaigns WHERE id = :c""").param("d", doc).param("u", audience)
                    .param("c", id).update();
        }
        return id;
    }
}
