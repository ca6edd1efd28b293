package vn.hoctap.bot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.Shown;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;

/**
 * Quiz questions show every option in full in the text and are answered with short letter buttons;
 * the multi-answer hint appears once; "Tôi đã học xong" under the result leaves the result alone.
 */
class QuizTextTests extends BotIntegrationTest {

    static final String LONG_OPTION = "Hợp nhất cơ quan tham mưu của cấp ủy với văn phòng hội đồng nhân dân và ủy ban nhân dân tỉnh";
    static final String SHORT_OPTION = "Giữ nguyên như cũ";

    @Autowired
    QuizRepository quizzes;

    private FakeUser user;
    private long member;

    @BeforeEach
    void campaignWithLongOptions() {
        StudyFixture f = newFixture();
        long doc = documents.findById(assignments.documentOf(f.assignment("Về tinh gọn bộ máy", "Tóm tắt.",
                java.time.Duration.ofDays(3))).orElseThrow()).orElseThrow().id();
        jdbc.sql("DELETE FROM assignments WHERE document_id = :d AND campaign_id IS NULL").param("d", doc).update();
        StudyCampaign.create(campaigns, quizzes, this::withoutJobs, doc, f.province, true, false);
        quizzes.replaceAuthored(doc, List.of(
                QuizQuestion.authored("Nghị quyết cho thí điểm \"hợp nhất\" những gì? (Chọn tất cả đáp án đúng)",
                        List.of(LONG_OPTION, "Nhất thể hóa chức danh bí thư & chủ tịch", SHORT_OPTION), Set.of(0, 1), null),
                QuizQuestion.authored("Mục tiêu giảm biên chế là bao nhiêu?", List.of("<10%", "Ít nhất 10%", "50%"), Set.of(1),
                        "Giảm tối thiểu 10% biên chế.")).stream().map(q -> q.withDocumentId(doc)).toList());
        member = f.member("Vũ Thị Lan");
        user = newUser("Lan");
        members.linkTelegram(member, user.userId());
    }

    @Test
    void optionsAreWrittenInFullAndAnsweredByLettersWithTheHintOnce() {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        SentMessage page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
        user.press(page, "📝 Trắc nghiệm");

        SentMessage first = telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu 1/2"), WAIT);
        SentMessage multi = first.text().contains("hợp nhất") ? first : null;
        if (multi == null) {
            answerWrongly(first);
            multi = telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu 2/2"), WAIT);
        }
        String shown = Shown.text(multi);
        assertThat(LONG_OPTION).hasSizeGreaterThanOrEqualTo(90);
        assertThat(shown).contains(LONG_OPTION, "Nhất thể hóa chức danh bí thư & chủ tịch", "\"hợp nhất\"");
        assertThat(shown.split("Chọn tất cả đáp án đúng", -1)).hasSize(2);
        assertThat(multi.buttonTexts()).containsExactly("A", "B", "C", "✔ Trả lời");
        String longLetter = QuizFlowTests.letterOf(multi, LONG_OPTION);
        String shortLetter = QuizFlowTests.letterOf(multi, SHORT_OPTION);
        user.press(multi, longLetter);
        SentMessage marked = telegram.awaitMessage(user.chatId(), m -> m.messageId() == multi().messageId()
                && m.buttonTexts().contains("☑️ " + longLetter), WAIT);
        user.press(marked, shortLetter);
        SentMessage twice = telegram.awaitMessage(user.chatId(), m -> m.buttonTexts().contains("☑️ " + shortLetter), WAIT);
        user.press(twice, "✔ Trả lời");
        SentMessage verdict = telegram.awaitEdit(user.chatId(), twice.messageId(), t -> t.contains("Chưa đúng"), WAIT);
        assertThat(Shown.text(verdict)).contains("Đáp án đúng: ").contains(longLetter + ". " + LONG_OPTION);
        if (first == multi) {
            answerWrongly(telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu 2/2"), WAIT));
        }
        awaitText(user, "Kết quả: 0/2 câu đúng");
    }

    private SentMessage multi() {
        return telegram.sentMessages(user.chatId()).stream().filter(m -> m.text().contains("hợp nhất")).findFirst().orElseThrow();
    }

    private void answerWrongly(SentMessage q) {
        assertThat(Shown.text(q)).contains("<10%");
        user.press(q, QuizFlowTests.letterOf(q, "<10%"));
        SentMessage verdict = telegram.awaitEdit(user.chatId(), q.messageId(), t -> t.contains("Chưa đúng"), WAIT);
        assertThat(Shown.text(verdict)).contains("Giảm tối thiểu 10% biên chế.");
    }

    @Test
    void confirmingUnderTheQuizResultKeepsTheResult() {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        SentMessage page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
        user.press(page, "📝 Trắc nghiệm");
        for (int n = 1; n <= 2; n++) {
            int number = n;
            SentMessage q = telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu " + number + "/2"), WAIT);
            if (q.text().contains("hợp nhất")) {
                user.press(q, QuizFlowTests.letterOf(q, LONG_OPTION));
                telegram.awaitMessage(user.chatId(), m -> m.messageId() == q.messageId() && m.buttonTexts().stream()
                        .filter(b -> b.startsWith("☑️")).count() == 1, WAIT);
                user.press(q, QuizFlowTests.letterOf(q, "Nhất thể hóa chức danh bí thư & chủ tịch"));
                telegram.awaitMessage(user.chatId(), m -> m.messageId() == q.messageId() && m.buttonTexts().stream()
                        .filter(b -> b.startsWith("☑️")).count() == 2, WAIT);
                user.press(q, "✔ Trả lời");
            } else {
                user.press(q, QuizFlowTests.letterOf(q, "Ít nhất 10%"));
            }
            telegram.awaitEdit(user.chatId(), q.messageId(), t -> t.contains("Đúng!"), WAIT);
        }
        SentMessage result = awaitText(user, "Kết quả: 2/2 câu đúng");
        user.press(result, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        SentMessage after = telegram.sentMessages(user.chatId()).stream().filter(m -> m.messageId() == result.messageId())
                .findFirst().orElseThrow();
        assertThat(after.text()).isEqualTo(result.text()).doesNotContain("Trang 1/");
        assertThat(after.editCount()).isZero();
    }
}
