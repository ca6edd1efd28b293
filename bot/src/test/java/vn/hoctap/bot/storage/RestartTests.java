package vn.hoctap.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoctap.bot.HoctapApplication;
import vn.hoctap.bot.onboarding.Invitations;
import vn.hoctap.bot.telegram.fake.FakeTelegramServer;
import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.content.document.DocumentRepository;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.scheduler.assignment.AssignmentRepository;
import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.unit.UnitLevel;
import vn.hoctap.scheduler.unit.UnitRepository;

/**
 * The embedded default: no database or Redis configured, so the app starts its own under the data
 * directory. Links and confirmations made before a restart are there after it.
 */
class RestartTests {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final FakeTelegramServer telegram = FakeTelegramServer.start("24680:RESTART", "HoctapRestartBot");

    @TempDir
    Path dataDir;

    @AfterAll
    static void stopFake() {
        telegram.close();
    }

    @Test
    void linksAndConfirmationsSurviveARestartOnTheEmbeddedDefault() {
        FakeUser user = telegram.user(8001, "Bền");
        long member;
        long assignment;
        try (ConfigurableApplicationContext app = start()) {
            var units = app.getBean(UnitRepository.class);
            long province = units.create(null, UnitLevel.PROVINCE, "Tỉnh bền vững").id();
            member = app.getBean(MemberRepository.class).create(province, "Trần Văn Bền").id();
            long doc = app.getBean(DocumentRepository.class)
                    .save(new NewDocument("NQ", "21", "TW", LocalDate.of(2017, 10, 25), "Công tác dân số", "Tóm tắt.")).id();
            assignment = app.getBean(AssignmentRepository.class).create(doc, province, Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(7)));
            String code = app.getBean(Invitations.class).create(member).code();

            user.sendText("/start " + code);
            telegram.awaitMessage(user.chatId(), m -> m.text().contains("Liên kết thành công"), WAIT);
            user.sendText("/hoc");
            SentMessage list = telegram.awaitMessage(user.chatId(), m -> m.text().contains("đã hoàn thành 0/1"), WAIT);
            user.press(list, list.buttonTexts().get(0));
            SentMessage page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/1"), WAIT);
            user.press(page, "✅ Tôi đã học xong");
            telegram.awaitMessage(user.chatId(), m -> m.text().contains("Đã ghi nhận"), WAIT);
        }

        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(app.getBean(MemberRepository.class).findById(member).orElseThrow().telegramUserId()).isEqualTo(8001L);
            assertThat(jdbc.sql("SELECT count(*) FROM confirmations WHERE member_id = :m AND assignment_id = :a")
                    .param("m", member).param("a", assignment).query(Long.class).single()).isEqualTo(1);
            user.sendText("/hoc");
            telegram.awaitMessage(user.chatId(), m -> m.text().contains("đã hoàn thành 1/1"), WAIT);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HoctapApplication.class).run(
                "--server.port=0",
                "--hoctap.storage.data-dir=" + dataDir,
                "--hoctap.storage.database-url=",
                "--hoctap.storage.redis-url=",
                "--hoctap.telegram.token=" + telegram.token(),
                "--hoctap.telegram.url=" + telegram.baseUrl(),
                "--hoctap.telegram.poll-timeout=1s",
                "--hoctap.admin.token=restart-admin",
                // Not the shared test context's scheduler name: Quartz registers data sources JVM-wide by that name.
                "--spring.quartz.scheduler-name=hoctap-restart");
    }
}
