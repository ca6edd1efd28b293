package vn.hoctap.bot.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.MutableClock;
import vn.hoctap.bot.testing.TestInfrastructure;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.refresh.Refreshers;
import vn.hoctap.scheduler.refresh.Retention;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Refreshers with a clock the test moves: queued at about 3, 10 and 30 days after a member
 * finished, once, only for members still active and reachable, off until a campaign turns them on;
 * delivered through the outbox within quiet hours; answered once in the chat (a wrong answer gets
 * the explanation and the section to reread); retention by unit on a hand-counted set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoctap.delivery.rate-per-second=100", "spring.main.allow-bean-definition-overriding=true",
            "hoctap.admin.token=refresher-admin", "hoctap.dashboard.admin-password=refresher-password"})
class RefresherTests {

    static final FakeTelegramServer telegram = FakeTelegramServer.start("77777:REFRESH", "HoctapRefreshBot");
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicLong bases = new AtomicLong(5_000_000_000L);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, telegram);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitRepository units;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Campaigns campaigns;
    @Autowired
    QuizRepository quizzes;
    @Autowired
    Refreshers refreshers;
    @Autowired
    Retention retention;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Setup(CampaignFixture f, Campaign campaign, long assignment, List<Long> chats) {
    }

    /** Six members; the campaign starts later (no announcement now), one single-answer question and one section. */
    private Setup setup(boolean quietHours) {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_007));
        List<Long> chats = f.members(6);
        Campaign c = f.campaign(clock.instant().plus(Duration.ofDays(60)), Duration.ofDays(10), quietHours);
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO document_sections (document_id, position, level, heading, body) VALUES (:d, 0, 1, :h, :b)")
                .param("d", f.document).param("h", "II. MỤC TIÊU ĐẾN NĂM 2030")
                .param("b", "Duy trì vững chắc mức sinh thay thế, tuổi thọ bình quân đạt 75 tuổi.").update();
        quizzes.replaceAuthored(f.document, List.of(QuizQuestion.authored("Tuổi thọ bình quân đến năm 2030 đạt bao nhiêu?",
                List.of("70 tuổi", "75 tuổi", "80 tuổi"), Set.of(1), "Nghị quyết đặt mục tiêu tuổi thọ bình quân 75 tuổi.")
                .withDocumentId(f.document)));
        return new Setup(f, c, assignment, chats);
    }

    private long member(Setup s, int i) {
        return s.f().memberWithChat(s.chats().get(i));
    }

    private void confirm(Setup s, int i, Instant at) {
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id, confirmed_at) VALUES (:m, :a, :t)")
                .param("m", member(s, i)).param("a", s.assignment()).param("t", Timestamp.from(at)).update();
    }

    private List<Integer> intervalsOf(Setup s, int i) {
        return jdbc.sql("SELECT interval_days FROM refreshers WHERE member_id = :m ORDER BY interval_days")
                .param("m", member(s, i)).query(Integer.class).list();
    }

    @Test
    void refreshersComeAtThreeTenAndThirtyDaysOnlyToReachableMembersOnceTheCampaignAsks() throws Exception {
        Setup s = setup(false);
        Instant t0 = clock.instant();
        for (int i = 0; i < 4; i++) {
            confirm(s, i, t0);
        }
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id = :m").param("m", member(s, 2)).update();
        jdbc.sql("UPDATE members SET status = 'BLOCKED' WHERE id = :m").param("m", member(s, 3)).update();

        clock.set(t0.plus(Duration.ofDays(4)));
        refreshers.queueDue();
        assertThat(queued(s)).as("off by default").isZero();
        assertThat(api("PUT", "/api/campaigns/" + s.campaign().id() + "/refreshers", "{\"enabled\":true}").statusCode()).isEqualTo(200);

        // Other tests' campaigns share the database, so what this campaign got is counted, not queueDue()'s total.
        clock.set(t0.plus(Duration.ofDays(3)).minus(Duration.ofHours(1)));
        refreshers.queueDue();
        assertThat(queued(s)).as("not before three days").isZero();
        clock.set(t0.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(2);
        refreshers.queueDue();
        assertThat(queued(s)).as("queued once").isEqualTo(2);
        clock.set(t0.plus(Duration.ofDays(9)));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(2);
        clock.set(t0.plus(Duration.ofDays(10)).plusSeconds(60));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(4);
        clock.set(t0.plus(Duration.ofDays(30)).plusSeconds(60));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(6);
        assertThat(intervalsOf(s, 0)).containsExactly(3, 10, 30);
        assertThat(intervalsOf(s, 1)).containsExactly(3, 10, 30);
        assertThat(intervalsOf(s, 2)).as("left").isEmpty();
        assertThat(intervalsOf(s, 3)).as("blocked the bot").isEmpty();
        assertThat(intervalsOf(s, 4)).as("not finished").isEmpty();
        assertThat(count("SELECT count(*) FROM outbox WHERE campaign_id = " + s.campaign().id() + " AND step LIKE 'refresh-%'"))
                .isEqualTo(6);

        // A member who finished twelve days ago gets the ten-day refresher only: the missed three-day one is not sent late.
        confirm(s, 5, clock.instant().minus(Duration.ofDays(12)));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(7);
        assertThat(intervalsOf(s, 5)).containsExactly(10);
        // Two members have three refreshers each queued at once: the worker must still reach each chat (one per second).
        awaitTrue(() -> s.f().outbox(s.campaign().id(), "SENT") == 7, "the seven refreshers delivered");
    }

    @Test
    void aWrongAnswerShowsTheExplanationAndTheSectionToRereadAndEachIsAnsweredOnce() {
        Setup s = setup(false);
        refreshers.enable(s.campaign().id(), true);
        Instant t0 = clock.instant();
        confirm(s, 0, t0);
        confirm(s, 1, t0);
        clock.set(t0.plus(Duration.ofDays(3)).plusSeconds(60));
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(2);
        awaitTrue(() -> s.f().outbox(s.campaign().id(), "SENT") == 2, "both refreshers delivered");

        FakeUser wrong = telegram.user(s.chats().get(0), "Sai");
        SentMessage q = telegram.awaitMessage(wrong.chatId(), m -> m.text().contains("Ôn tập sau 3 ngày"), WAIT);
        assertThat(q.text()).contains("Tuổi thọ bình quân đến năm 2030", "A. 70 tuổi", "B. 75 tuổi", "C. 80 tuổi");
        assertThat(q.buttonTexts()).containsExactly("A", "B", "C");
        wrong.press(q, "A");
        SentMessage answered = telegram.awaitEdit(wrong.chatId(), q.messageId(), t -> t.contains("Chưa đúng"), WAIT);
        assertThat(answered.text()).contains("Đáp án đúng: B. 75 tuổi", "Nghị quyết đặt mục tiêu tuổi thọ bình quân 75 tuổi.",
                "Nên đọc lại: II. MỤC TIÊU ĐẾN NĂM 2030");
        assertThat(answered.buttonTexts()).contains("📖 Đọc lại mục này");
        String again = wrong.pressData(answered, q.callbackData("B").orElseThrow());
        assertThat(telegram.awaitCallbackAnswer(again, WAIT)).isEqualTo("Câu này đã được trả lời.");

        FakeUser right = telegram.user(s.chats().get(1), "Đúng");
        SentMessage q2 = telegram.awaitMessage(right.chatId(), m -> m.text().contains("Ôn tập sau 3 ngày"), WAIT);
        right.press(q2, "B");
        telegram.awaitEdit(right.chatId(), q2.messageId(), t -> t.contains("Chính xác"), WAIT);
        String stranger = telegram.user(s.chats().get(2), "Lạ").pressData(q2, q2.callbackData("B").orElseThrow());
        assertThat(telegram.awaitCallbackAnswer(stranger, WAIT)).contains("Nút này không còn hiệu lực");
        assertThat(count("SELECT count(*) FROM refreshers WHERE campaign_id = " + s.campaign().id() + " AND answered_at IS NOT NULL"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM refreshers WHERE campaign_id = " + s.campaign().id() + " AND correct")).isEqualTo(1);
    }

    @Test
    void aRefresherDueAtNightWaitsForTheMorning() {
        Setup s = setup(true);
        refreshers.enable(s.campaign().id(), true);
        Instant night = LocalDate.now(VN).plusDays(1).atTime(LocalTime.of(22, 30)).atZone(VN).toInstant();
        confirm(s, 0, night.minus(Duration.ofDays(3)).minus(Duration.ofHours(1)));
        clock.set(night);
        refreshers.queueDue();
        assertThat(queued(s)).isEqualTo(1);
        Instant morning = night.atZone(VN).toLocalDate().plusDays(1).atTime(LocalTime.of(7, 0)).atZone(VN).toInstant();
        awaitTrue(() -> jdbc.sql("SELECT count(*) FROM outbox WHERE campaign_id = :c AND status = 'PENDING' AND not_before >= :m")
                .param("c", s.campaign().id()).param("m", Timestamp.from(morning)).query(Long.class).single() == 1,
                "held until the morning");
        assertThat(s.f().outbox(s.campaign().id(), "SENT")).isZero();
        clock.set(morning.plusSeconds(1));
        awaitTrue(() -> s.f().outbox(s.campaign().id(), "SENT") == 1, "sent in the morning");
    }

    @Test
    void retentionByUnitMatchesAHandCountedSet() throws Exception {
        Setup s = setup(false);
        // Cell A (even members 0, 2, 4 are in cell B, odd in cell A: see CampaignFixture.members).
        long[] m = {member(s, 0), member(s, 1), member(s, 2), member(s, 3), member(s, 4), member(s, 5)};
        long q = jdbc.sql("SELECT id FROM quiz_questions WHERE document_id = :d").param("d", s.f().document).query(Long.class).single();
        Object[][] rows = {
            // member index, interval, answered?, correct
            {1, 3, true, true}, {3, 3, true, true}, {5, 3, true, false}, {1, 10, true, true}, {3, 10, true, false},
            {5, 10, false, null}, {0, 3, true, false}, {2, 3, false, null}};
        for (Object[] r : rows) {
            jdbc.sql("""
                    INSERT INTO refreshers (member_id, assignment_id, campaign_id, interval_days, question_id, queued_at, answered_at, correct)
                    VALUES (:m, :a, :c, :d, :q, now(), CASE WHEN :ans THEN now() END, :ok)""")
                    .param("m", m[(int) r[0]]).param("a", s.assignment()).param("c", s.campaign().id()).param("d", r[1])
                    .param("q", q).param("ans", r[2]).param("ok", r[3]).update();
        }
        boolean oddInA = jdbc.sql("SELECT unit_id FROM members WHERE id = :m").param("m", m[1]).query(Long.class).single() == s.f().cellA;
        assertThat(oddInA).isTrue();

        Retention.Table t = retention.byUnit(s.campaign().id(), s.f().commune);
        assertThat(t.days()).containsExactly(3, 10, 30);
        Retention.Line cellA = t.children().stream().filter(l -> l.unit().id() == s.f().cellA).findFirst().orElseThrow();
        Retention.Line cellB = t.children().stream().filter(l -> l.unit().id() == s.f().cellB).findFirst().orElseThrow();
        assertThat(cellA.cells().get(0)).isEqualTo(Retention.Cell.of(3, 3, 2));
        assertThat(cellA.cells().get(0).percent()).isEqualTo(66.7);
        assertThat(cellA.cells().get(1)).isEqualTo(Retention.Cell.of(10, 2, 1));
        assertThat(cellB.cells().get(0)).isEqualTo(Retention.Cell.of(3, 1, 0));
        assertThat(cellB.cells().get(1).percent()).isNull();
        assertThat(t.total().cells()).containsExactly(Retention.Cell.of(3, 4, 2), Retention.Cell.of(10, 2, 1),
                Retention.Cell.of(30, 0, 0));

        var json = api("GET", "/api/campaigns/" + s.campaign().id() + "/retention?unit=" + s.f().province, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"answered\":4,\"right\":2,\"percent\":50.0");

        var dashboard = new vn.hoctap.bot.testing.DashboardClient(port);
        dashboard.login("admin", "refresher-password");
        var page = dashboard.get("/campaigns/" + s.campaign().id() + "/retention?unit=" + s.f().commune);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sau 3 ngày", "Sau 30 ngày", "Chi bộ thôn Đông", "66,7% (2/3)", "50,0% (2/4)",
                "Câu hỏi ôn tập đang tắt.");
        var toggled = dashboard.postForm("/campaigns/" + s.campaign().id() + "/refreshers", java.util.Map.of("enabled", "true"), true);
        assertThat(toggled.statusCode()).isIn(200, 302);
        assertThat(refreshers.enabled(s.campaign().id())).isTrue();
        assertThat(dashboard.get("/campaigns/" + s.campaign().id()).body()).contains("retention-link");
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer refresher-admin").header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long queued(Setup s) {
        return count("SELECT count(*) FROM refreshers WHERE campaign_id = " + s.campaign().id());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static void awaitTrue(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
