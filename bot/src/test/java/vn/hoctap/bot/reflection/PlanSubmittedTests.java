package vn.hoctap.bot.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.telegram.fake.FakeUser;
import vn.hoctap.bot.telegram.fake.SentMessage;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.bot.testing.StudyFixture;
import vn.hoctap.content.quiz.QuizRepository;

/** After the action plan, "Tôi đã học xong" is offered only when nothing else (such as the quiz) is missing. */
class PlanSubmittedTests extends BotIntegrationTest {

    @Autowired
    QuizRepository quizzes;

    @Test
    void planSubmittedWhileTheQuizIsUnpassedPointsToTheQuizNotToConfirming() {
        StudyFixture f = newFixture();
        long doc = documents.findById(assignments.documentOf(f.assignment("Về công tác dân số", "Tóm tắt.",
                java.time.Duration.ofDays(3))).orElseThrow()).orElseThrow().id();
        jdbc.sql("DELETE FROM assignments WHERE document_id = :d AND campaign_id IS NULL").param("d", doc).update();
        long assignment = StudyCampaign.assignmentOf(jdbc, StudyCampaign.create(campaigns, quizzes, this::withoutJobs, doc, f.province, true, true).id());
        long member = f.member("Hà Văn Kế");
        FakeUser user = newUser("Kế");
        members.linkTelegram(member, user.userId());
        jdbc.sql("""
                INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan_draft)
                VALUES (:m, :a, :r, now(), :p)""").param("m", member).param("a", assignment)
                .param("r", ReflectionFlowTests.PART_1 + " " + ReflectionFlowTests.PART_2 + " " + ReflectionFlowTests.PART_3)
                .param("p", ReflectionFlowTests.PLAN).update();

        user.sendText("/hoc");
        SentMessage list = awaitText(user, "Tài liệu cần học");
        user.press(list, list.buttonTexts().get(0));
        SentMessage page = telegram.awaitMessage(user.chatId(), m -> m.text().contains("Trang 1/"), WAIT);
        user.press(page, "✍️ Bài thu hoạch");
        SentMessage draft = awaitText(user, "Bản nháp hiện có");
        user.press(draft, "✅ Nộp");
        SentMessage submitted = awaitText(user, "Đã nộp kế hoạch hành động");
        assertThat(submitted.text()).contains("còn cần", "Làm bài kiểm tra đạt từ 80%").doesNotContain("«Tôi đã học xong»");
        assertThat(submitted.buttonTexts()).containsExactly("📝 Trắc nghiệm");
    }
}
