package vn.hoctap.scheduler.campaign;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.Requester;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * A province > district > commune > two cells tree, two documents and campaigns over it, made
 * through the real repositories, for the campaign services' tests. Campaigns are not scheduled
 * (no Quartz here); texts are placeholders naming the kind of message.
 */
final class CampaignWorld {

    /** Close to the real time: campaigns are active and queries that use the database's clock agree. */
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    final JdbcClient jdbc;
    final UnitRepository units;
    final MemberRepository members;
    final Outbox outbox;
    final CampaignRepository repository;
    final long province;
    final long district;
    final long commune;
    final long cellA;
    final long cellB;
    final long document1;
    final long document2;

    CampaignWorld(DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        units = new UnitRepository(jdbc);
        members = new MemberRepository(jdbc);
        outbox = new Outbox(jdbc, new NamedParameterJdbcTemplate(dataSource));
        repository = new CampaignRepository(jdbc);
        province = units.create(null, UnitLevel.PROVINCE, "Tỉnh").id();
        district = units.create(province, UnitLevel.DISTRICT, "Huyện").id();
        commune = units.create(district, UnitLevel.COMMUNE, "Xã").id();
        cellA = units.create(commune, UnitLevel.CELL, "Chi bộ thôn Đông").id();
        cellB = units.create(commune, UnitLevel.CELL, "Chi bộ thôn Tây").id();
        var docs = new DocumentRepository(jdbc);
        document1 = docs.save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), "Dân số", "x")).id();
        document2 = docs.save(new NewDocument("NQ", "22", "TW", LocalDate.of(2017, 10, 25), "Y tế", "y")).id();
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    Campaigns campaigns(Clock clock) {
        CampaignScheduling unscheduled = new CampaignScheduling() {
            @Override
            public void schedule(Campaign campaign) {
            }

            @Override
            public void unschedule(long campaignId) {
            }
        };
        return new Campaigns(repository, unscheduled, outbox, jdbc, clock, new vn.hoctap.scheduler.unit.UnitScopes(jdbc),
                new QuizCoverage(jdbc));
    }

    /** An active campaign (started a day ago, a week to go) with the given documents over the given units. */
    Campaign campaign(List<Long> documents, List<Long> audience) {
        return campaigns(clockAt(NOW)).create(new NewCampaign("Đợt học tập", documents, audience, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(7)), null, null, false, 80), Requester.admin());
    }

    /** A member linked to Telegram (chat id 1000 + member id). */
    long linked(long unit, String name) {
        long id = members.create(unit, name).id();
        members.linkTelegram(id, 1000 + id);
        return id;
    }

    void confirm(long member, long campaign, long document) {
        jdbc.sql("""
                INSERT INTO confirmations (member_id, assignment_id)
                SELECT :m, id FROM assignments WHERE campaign_id = :c AND document_id = :d""")
                .param("m", member).param("c", campaign).param("d", document).update();
    }

    void role(long unit, long member, String role) {
        jdbc.sql("INSERT INTO unit_roles (unit_id, member_id, role) VALUES (:u, :m, :r)").param("u", unit).param("m", member)
                .param("r", role).update();
    }

    /** Campaign texts whose body names the kind of message and the member, e.g. {@code secretaryPush:42}. */
    static CampaignTexts texts() {
        return (CampaignTexts) Proxy.newProxyInstance(CampaignTexts.class.getClassLoader(), new Class<?>[] {CampaignTexts.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode") ? 0 : "texts";
                    }
                    String who = args != null && args.length > 1 && args[1] instanceof CampaignTexts.Learner l ? ":" + l.memberId() : "";
                    return new CampaignTexts.Text(method.getName() + who, List.of());
                });
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
