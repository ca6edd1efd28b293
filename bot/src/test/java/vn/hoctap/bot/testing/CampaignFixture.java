package vn.hoctap.bot.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.Requester;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A province > district > commune > two cells tree with many linked members (chat id = a
 * per-fixture base + n), a document, and campaigns over it, created through the real services.
 */
public final class CampaignFixture {

    public final long province;
    public final long commune;
    public final long cellA;
    public final long cellB;
    public final long document;
    public final long chatBase;
    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    public CampaignFixture(JdbcClient jdbc, UnitRepository units, DocumentRepository documents, Campaigns campaigns, long chatBase) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.chatBase = chatBase;
        province = units.create(null, UnitLevel.PROVINCE, "Đảng bộ tỉnh " + chatBase).id();
        long district = units.create(province, UnitLevel.DISTRICT, "Đảng bộ huyện Tiên Phong").id();
        commune = units.create(district, UnitLevel.COMMUNE, "Đảng bộ xã Hòa Bình").id();
        cellA = units.create(commune, UnitLevel.CELL, "Chi bộ thôn Đông").id();
        cellB = units.create(commune, UnitLevel.CELL, "Chi bộ thôn Tây").id();
        document = documents.save(new NewDocument("NQ", Long.toString(chatBase % 100_000), "TW", LocalDate.of(2017, 10, 25),
                "Về công tác dân số trong tình hình mới", "Tóm tắt.")).id();
    }

    /** Gives the fixture's document approved quiz questions, which a campaign requiring a quiz needs ({@code QuizCoverage}). */
    public CampaignFixture withQuizQuestions(vn.hoctap.content.quiz.QuizRepository quizzes) {
        quizzes.replaceAuthored(document, StudyCampaign.QUESTIONS.stream().map(q -> q.withDocumentId(document)).toList());
        return this;
    }

    /** Adds {@code n} linked members, alternating between the two cells; returns their chat ids in order. */
    public List<Long> members(int n) {
        long start = jdbc.sql("SELECT count(*) FROM members WHERE telegram_user_id BETWEEN :a AND :b")
                .param("a", chatBase).param("b", chatBase + 10_000_000).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO members (unit_id, full_name, telegram_user_id, linked_at)
                SELECT CASE WHEN g % 2 = 0 THEN :a ELSE :b END, 'Đảng viên số ' || g, :base + g, now()
                  FROM generate_series(:from, :to) g""")
                .param("a", cellA).param("b", cellB).param("base", chatBase).param("from", start + 1).param("to", start + n).update();
        return java.util.stream.LongStream.rangeClosed(start + 1, start + n).map(g -> chatBase + g).boxed().toList();
    }

    public long memberWithChat(long chatId) {
        return jdbc.sql("SELECT id FROM members WHERE telegram_user_id = :c").param("c", chatId).query(Long.class).single();
    }

    /** A campaign over the whole province; quiet hours off unless asked, so timing never depends on the hour CI runs. */
    public Campaign campaign(Instant start, Duration length, boolean quietHours) {
        var reminders = new Campaign.ReminderSettings(List.of(Duration.ofDays(3), Duration.ofDays(1)), true,
                quietHours ? LocalTime.of(21, 0) : LocalTime.MIDNIGHT, quietHours ? LocalTime.of(7, 0) : LocalTime.MIDNIGHT, false, false);
        return campaigns.create(new NewCampaign("Học tập Nghị quyết " + chatBase, List.of(document), List.of(province), start,
                start.plus(length), null, reminders, false, 80), Requester.admin());
    }

    public long outbox(long campaignId, String status) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE campaign_id = :c AND status = :s").param("c", campaignId)
                .param("s", status).query(Long.class).single();
    }
}
