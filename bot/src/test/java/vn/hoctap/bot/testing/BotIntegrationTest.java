package vn.hoctap.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignScheduling;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.schedule.CampaignJobs;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * Base of the end-to-end tests: the whole app on a fresh PostgreSQL database and a private Redis
 * key prefix, long-polling a fake Bot API server through the real TelegramBots client. Subclasses
 * share one context; each test uses its own Telegram users and members.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BotIntegrationTest {

    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final Duration WAIT = Duration.ofSeconds(10);
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Where the tests say the Mini App is published (Telegram only needs the address; the tests open the local port). */
    public static final String WEBAPP_URL = "https://hoctap.example.vn";

    protected static final FakeTelegramServer telegram = FakeTelegramServer.start("123456:TEST-TOKEN", "HoctapTestBot");
    private static final AtomicLong nextUserId = new AtomicLong(700_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;
    @Autowired
    protected UnitRepository units;
    @Autowired
    protected MemberRepository members;
    @Autowired
    protected DocumentRepository documents;
    @Autowired
    protected AssignmentRepository assignments;
    @Autowired
    protected Campaigns campaigns;
    @Autowired
    private Scheduler quartz;
    @Autowired
    private CampaignScheduling campaignJobs;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, telegram);
        registry.add("hoctap.admin.token", () -> ADMIN_TOKEN);
        registry.add("hoctap.dashboard.admin-password", () -> ADMIN_PASSWORD);
        registry.add("hoctap.dashboard.login-attempts-per-address", () -> "1000");
        registry.add("hoctap.webapp.public-url", () -> WEBAPP_URL);
    }

    /** A province tree with a document, numbered from the test class's own range so tests never share chats. */
    protected CampaignFixture campaignFixture(AtomicLong bases) {
        return new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
    }

    /** A dashboard session logged in as the built-in admin. */
    protected DashboardClient admin() throws Exception {
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");
        return admin;
    }

    /** An instant as a datetime-local field holds it, in Vietnam's time zone. */
    protected static String local(Instant at) {
        return LocalDateTime.ofInstant(at, VIETNAM).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A new province with one cell, for one test's members and assignments. */
    protected StudyFixture newFixture() {
        return new StudyFixture(units, members, documents, assignments);
    }

    /**
     * A campaign whose steps the test runs by hand. Steps already due fire as soon as they are
     * scheduled, so removing the jobs after creation would race the announcement; the campaign
     * trigger group is held while the campaign is created and its jobs removed.
     */
    protected Campaign withoutJobs(Supplier<Campaign> create) {
        GroupMatcher<TriggerKey> group = GroupMatcher.triggerGroupEquals(CampaignJobs.GROUP);
        try {
            quartz.pauseTriggers(group);
            try {
                Campaign c = create.get();
                campaignJobs.unschedule(c.id());
                return c;
            } finally {
                quartz.resumeTriggers(group);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    protected FakeUser newUser(String firstName) {
        return telegram.user(nextUserId.incrementAndGet(), firstName);
    }

    protected SentMessage awaitText(FakeUser user, String fragment) {
        return telegram.awaitMessage(user.chatId(), m -> m.text().contains(fragment), WAIT);
    }

    /** Presses the button whose text contains the fragment (button texts carry status emoji). */
    protected String pressContaining(FakeUser user, SentMessage message, String fragment) {
        SentMessage current = telegram.sentMessages(user.chatId()).stream()
                .filter(m -> m.messageId() == message.messageId()).findFirst().orElse(message);
        String text = current.buttonTexts().stream().filter(t -> t.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no button containing '" + fragment + "' in " + current.buttonTexts()));
        return user.press(current, text);
    }

    protected HttpResponse<String> http(String method, String path, String jsonBody, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
