package vn.hoctap.bot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.quiz.QuizRepository;

/** A member takes the quiz both ways, fails, retakes, passes; confirmation waits for the pass. */
class QuizFlowTests extends BotIntegrationTest {

    @Autowired
    QuizRepository quizzes;

    private FakeUser user;
    private long member;
    private long assignment;

    @BeforeEach
    void campaignWithQuiz() {
        StudyFixture f = newFixture();
        long doc = documents.findById(assignments.documentOf(f.assignment("Về công tác dân số trong tình hình mới", "Tóm tắt.",
                java.time.Duration.ofDays(3))).orElseThrow()).orElseThrow().id();
        jdbc.sql("DELETE FROM assignments WHERE document_id = :d AND campaign_id IS NULL").param("d", doc).update();
        var c = StudyCampaign.create(campaigns, quizzes, this::withoutJobs, doc, f.province, true, false);
        assignment = StudyCampaign.assignmentOf(jdbc, c.id());
        member = f.member("Trần Văn Kiểm");
        user = newUser("Kiểm");
        members.linkTelegram(member, user.userId());
    }

    private SentMessage openAssignment() {
        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        return telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
    }

    @Test
    void inlineQuizFailThenRetakeAndPassUnlocksConfirmation() {
        SentMessage page = openAssignment();
        user.press(page, "✅ Tôi đã học xong");
        SentMessage missing = awaitText(user, "Để xác nhận học xong");
        assertThat(missing.text()).contains("Làm bài kiểm tra đạt từ 80%").doesNotContain("tóm tắt");
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isZero();

        user.press(page, "📝 Trắc nghiệm");
        answerAll(List.of("70 tuổi", "1,8 con"), List.of("Chất lượng dân số"));
        SentMessage failed = awaitText(user, "Kết quả: 0/3 câu đúng (0%)");
        assertThat(failed.text()).contains("Chưa đạt", "làm lại sau 10 phút");
        user.sendText("/tiendo");
        assertThat(awaitText(user, "Tiến độ học tập của đồng chí").text()).contains("Còn cần: đạt bài kiểm tra (từ 80%)");
        jdbc.sql("UPDATE quiz_attempts SET started_at = started_at - interval '11 minutes', finished_at = finished_at - interval '11 minutes'")
                .update();
        user.press(failed, "🔁 Làm lại");
        answerAll(List.of("75 tuổi", "2,1 con"), List.of("Chất lượng dân số", "Già hóa dân số"));
        SentMessage passed = awaitText(user, "Kết quả: 3/3 câu đúng (100%)");
        assertThat(passed.text()).contains("Đạt yêu cầu");
        user.press(passed, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quiz_attempts WHERE member_id = " + member)).isEqualTo(2);
    }

    @Test
    void aRequiredQuizWhoseQuestionsWereWithdrawnIsNotAskedAndTheMemberCanConfirm() {
        long doc = assignments.documentOf(assignment).orElseThrow();
        jdbc.sql("UPDATE quiz_questions SET status = 'REJECTED' WHERE document_id = :d").param("d", doc).update();
        SentMessage page = openAssignment();
        assertThat(page.buttonTexts()).as("no quiz that cannot start").noneMatch(b -> b.contains("Trắc nghiệm"));
        user.press(page, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        assertThat(telegram.sentMessages(user.chatId())).noneMatch(m -> m.text().contains("Làm bài kiểm tra đạt"));
        assertThat(count("SELECT count(*) FROM confirmations WHERE member_id = " + member)).isEqualTo(1);
    }

    @Test
    void retakeTooSoonIsRefused() {
        SentMessage page = openAssignment();
        String doubleTap = user.pressDataTwiceInOneBatch(page, page.callbackData("📝 Trắc nghiệm").orElseThrow());
        assertThat(telegram.awaitCallbackAnswer(doubleTap, WAIT)).isNotNull();
        String second = user.press(page, "📝 Trắc nghiệm");
        assertThat(telegram.awaitCallbackAnswer(second, WAIT)).contains("đang làm bài kiểm tra");
        assertThat(count("SELECT count(*) FROM quiz_attempts WHERE member_id = " + member)).isEqualTo(1);
        answerAll(List.of("70 tuổi", "1,8 con"), List.of("Đóng thuế đất"));
        awaitText(user, "Chưa đạt");
        String tap = user.press(page, "📝 Trắc nghiệm");
        assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).contains("có thể làm lại bài kiểm tra sau");
        assertThat(count("SELECT count(*) FROM quiz_attempts WHERE member_id = " + member)).isEqualTo(1);
    }

    @Test
    void nativePollQuizFailedThenRetakenAndPassedWithDuplicateAnswersCountedOnce() {
        SentMessage page = openAssignment();
        user.press(page, "🗳 Trắc nghiệm bình chọn");
        awaitText(user, "3 câu hỏi dạng bình chọn");
        for (SentMessage poll : waitForPolls(3)) {
            JsonNode options = poll.poll().path("options");
            int wrong = 0;
            for (int i = 0; i < options.size(); i++) {
                if (List.of("70 tuổi", "1,8 con", "Đóng thuế đất").contains(options.get(i).path("text").asText())) {
                    wrong = i;
                }
            }
            user.answerPoll(poll.pollId(), List.of(wrong));
        }
        SentMessage failed = awaitText(user, "Kết quả: 0/3 câu đúng (0%)");
        assertThat(failed.buttonTexts()).contains("🔁 Làm lại");
        jdbc.sql("UPDATE quiz_attempts SET started_at = started_at - interval '11 minutes', finished_at = finished_at - interval '11 minutes'")
                .update();
        user.press(failed, "🔁 Làm lại");
        List<SentMessage> polls = waitForPolls(6).subList(3, 6);
        for (SentMessage poll : polls) {
            JsonNode options = poll.poll().path("options");
            int right = -1;
            for (int i = 0; i < options.size(); i++) {
                String t = options.get(i).path("text").asText();
                if (List.of("75 tuổi", "2,1 con", "Chất lượng dân số").contains(t)) {
                    right = i;
                }
            }
            int extra = -1;
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).path("text").asText().equals("Già hóa dân số")) {
                    extra = i;
                }
            }
            List<Integer> vote = extra >= 0 ? List.of(right, extra) : List.of(right);
            user.answerPoll(poll.pollId(), vote);
            user.answerPoll(poll.pollId(), vote);
        }
        SentMessage passed = awaitText(user, "Kết quả: 3/3 câu đúng (100%)");
        // Sentinel: the chat's next update is handled after every repeated poll answer queued before it.
        user.sendText("/tiendo");
        awaitText(user, "Tiến độ học tập của đồng chí");
        assertThat(count("SELECT count(*) FROM quiz_answers qa JOIN quiz_attempts a ON a.id = qa.attempt_id WHERE a.member_id = " + member))
                .isEqualTo(6);
        assertThat(telegram.sentMessages(user.chatId()).stream().filter(m -> m.text().contains("Kết quả:"))).hasSize(2);
        user.press(passed, "✅ Tôi đã học xong");
        awaitText(user, "Đã ghi nhận: đồng chí đã học xong");
        assertThat(polls.get(0).poll().path("type").asText()).isEqualTo("quiz");
        assertThat(polls.get(0).poll().path("is_anonymous").asBoolean()).isFalse();
    }

    @Test
    void aQuestionApprovedDuringAnAttemptDoesNotChangeIt() {
        SentMessage page = openAssignment();
        user.press(page, "📝 Trắc nghiệm");
        telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu 1/3"), WAIT);
        long doc = assignments.documentOf(assignment).orElseThrow();
        var more = new java.util.ArrayList<>(StudyCampaign.QUESTIONS);
        more.add(vn.hoctap.content.quiz.QuizQuestion.authored("Câu hỏi mới được duyệt giữa chừng?", List.of("Có", "Không"),
                java.util.Set.of(0), null));
        quizzes.replaceAuthored(doc, more.stream().map(q -> q.withDocumentId(doc)).toList());
        answerAll(List.of("75 tuổi", "2,1 con"), List.of("Chất lượng dân số", "Già hóa dân số"));
        awaitText(user, "Kết quả: 3/3 câu đúng (100%)");
    }

    @Test
    void answeringAMultiAnswerQuestionWithNothingSelectedIsRefused() {
        SentMessage page = openAssignment();
        user.press(page, "📝 Trắc nghiệm");
        for (int n = 0; n < 3; n++) {
            SentMessage q = telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu") && !m.wasEdited()
                    && !m.text().contains("Đúng") && !m.text().contains("Chưa đúng"), WAIT);
            if (q.buttonTexts().contains("✔ Trả lời")) {
                String tap = user.press(q, "✔ Trả lời");
                assertThat(telegram.awaitCallbackAnswer(tap, WAIT)).contains("Hãy chọn ít nhất một đáp án");
                assertThat(count("SELECT count(*) FROM quiz_answers qa JOIN quiz_attempts a ON a.id = qa.attempt_id WHERE a.member_id = "
                        + member)).isEqualTo(n);
                return;
            }
            user.press(q, q.buttonTexts().get(0));
            telegram.awaitEdit(user.chatId(), q.messageId(), t -> t.contains("Đúng") || t.contains("Chưa đúng"), WAIT);
        }
    }

    private List<SentMessage> waitForPolls(int n) {
        return Awaitility.await(n + " polls").atMost(WAIT)
                .until(() -> telegram.sentMessages(user.chatId()).stream().filter(SentMessage::isPoll).toList(), polls -> polls.size() >= n);
    }

    /** Answers the three questions in whatever order the attempt asks them: single-answer ones by option text, the multi-answer one by toggling then «Trả lời». */
    private void answerAll(List<String> singles, List<String> multi) {
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (int n = 0; n < 3; n++) {
            SentMessage q = telegram.awaitMessage(user.chatId(), m -> m.text().startsWith("📝 Câu") && !done.contains(m.messageId())
                    && !m.text().contains("Đúng") && !m.text().contains("Chưa đúng"), WAIT);
            done.add(q.messageId());
            if (q.buttonTexts().contains("✔ Trả lời")) {
                for (String option : multi) {
                    String letter = letterOf(q, option);
                    user.press(current(q), letter);
                    telegram.awaitMessage(user.chatId(), m -> m.messageId() == q.messageId() && m.buttonTexts().contains("☑️ " + letter), WAIT);
                }
                user.press(current(q), "✔ Trả lời");
            } else {
                String answer = singles.stream().map(o -> letterOf(q, o)).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                user.press(q, answer);
            }
            telegram.awaitEdit(user.chatId(), q.messageId(), t -> t.contains("Đúng") || t.contains("Chưa đúng"), WAIT);
        }
    }

    /** The letter (A, B…) the question shows in front of this option, or null if it is not one of its options. */
    static String letterOf(SentMessage q, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<b>([A-J])\\.</b> " + java.util.regex.Pattern.quote(
                vn.hoctap.bot.telegram.Html.escape(option)) + "(\n|$)").matcher(q.text());
        return m.find() ? m.group(1) : null;
    }

    private SentMessage current(SentMessage m) {
        return telegram.sentMessages(user.chatId()).stream().filter(x -> x.messageId() == m.messageId()).findFirst().orElseThrow();
    }
}
