package vn.hoctap.bot.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.quiz.QuizRepository;

/**
 * A reflection draft is bounded: ten 4,000-character messages do not make a 40,000-character draft
 * (the member is told, in Vietnamese, why a part was not added), and "Xem lại" sends at most two
 * messages however long the draft is.
 */
class ReflectionLimitsTests extends BotIntegrationTest {

    @Autowired
    QuizRepository quizzes;

    private StudyFixture fixture;
    private long assignment;

    @BeforeEach
    void campaignWithReflection() {
        fixture = newFixture();
        long doc = documents.findById(assignments.documentOf(fixture.assignment("Về giới hạn bản nháp thu hoạch",
                "Tóm tắt.", java.time.Duration.ofDays(3))).orElseThrow()).orElseThrow().id();
        jdbc.sql("DELETE FROM assignments WHERE document_id = :d AND campaign_id IS NULL").param("d", doc).update();
        var c = StudyCampaign.create(campaigns, quizzes, this::withoutJobs, doc, fixture.province, false, true);
        assignment = StudyCampaign.assignmentOf(jdbc, c.id());
    }

    @Test
    void aDraftStopsGrowingAtItsLimitAndThePreviewStaysShort() {
        FakeUser user = newUser("Trần Dài Dòng");
        members.linkTelegram(fixture.member("Trần Dài Dòng"), user.userId());
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        SentMessage page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
        user.press(page, "✍️ Bài thu hoạch");
        awaitText(user, "Hãy gửi bài thu hoạch");

        String part = ("Tôi sẽ học tập và làm theo nghị quyết, gương mẫu trong công việc và sinh hoạt chi bộ. ").repeat(45);
        assertThat(part.length()).isBetween(3_800, 4_096);
        int start = telegram.sentMessages(user.chatId()).size();
        for (int i = 0; i < 10; i++) {
            user.sendText(part);
        }
        // one answer per part: "saved" while there is room, then "not added"
        telegram.awaitMessageCount(user.chatId(), start + 10, WAIT);
        assertThat(telegram.sentMessages(user.chatId()).subList(start, start + 10)).filteredOn(m -> m.text().contains("chưa được thêm"))
                .hasSizeBetween(3, 5);
        long draft = jdbc.sql("SELECT length(reflection_draft) FROM reflections WHERE assignment_id = :a").param("a", assignment)
                .query(Long.class).single();
        assertThat(draft).isLessThanOrEqualTo(ReflectionFlow.MAX_DRAFT_CHARS).isGreaterThan(ReflectionFlow.MAX_DRAFT_CHARS - 4_200);
        assertThat(telegram.lastMessage(user.chatId()).text()).contains("25.000 ký tự");

        int before = telegram.sentMessages(user.chatId()).size();
        pressContaining(user, telegram.lastMessage(user.chatId()), "Xem trước");
        SentMessage cut = awaitText(user, "ký tự nữa không hiển thị");
        // a sentinel after the preview: everything the preview sent is in before it
        user.sendText("/huy");
        awaitText(user, "Đã dừng");
        List<SentMessage> sent = telegram.sentMessages(user.chatId());
        int preview = sent.indexOf(sent.stream().filter(m -> m.messageId() == cut.messageId()).findFirst().orElseThrow()) + 1 - before;
        assertThat(preview).isBetween(1, 2);
    }
}
