package vn.hoctap.bot.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.bot.testing.StudyCampaign;
import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.Requester;

/**
 * A campaign cannot require a quiz for a document without approved questions: refused beside the
 * field on the new and edit forms, 422 in Vietnamese from the API, naming the document. If the
 * questions are withdrawn while it runs, its page warns and members are not asked for that quiz.
 */
class QuizRequirementTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(9_600_000_000L);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    QuizRepository quizzes;
    @Autowired
    CompletionCheck completion;

    @Test
    void theNewFormAndTheApiRefuseAQuizForADocumentWithoutApprovedQuestions() throws Exception {
        CampaignFixture f = fixture();
        long doc = document(f);
        String title = title(f);
        DashboardClient admin = admin();
        admin.get("/campaigns/new");
        String name = "Đợt kiểm tra trống " + f.chatBase;
        HttpResponse<String> refused = admin.postForm("/campaigns", Map.of("name", name, "documentIds", Long.toString(doc),
                "unitIds", Long.toString(f.province), "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00",
                "requireQuiz", "true", "passMark", "90"), true);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("id=\"error-requireQuiz\">Tài liệu \"" + title + "\" chưa có câu hỏi kiểm tra được duyệt")
                .contains("value=\"" + name + "\"", "value=\"90\"")
                .containsPattern("id=\"campaign-quiz\"[^>]*checked");
        assertThat(count("SELECT count(*) FROM campaigns WHERE name = '" + name + "'")).isZero();

        HttpResponse<String> api = http("POST", "/api/campaigns", """
                {"name":"%s","documentIds":[%d],"unitIds":[%d],"startsAt":"2030-05-01T01:00:00Z","deadline":"2030-05-20T10:00:00Z",
                 "rules":{"requireSummary":true,"requireQuiz":true,"requireReflection":false,"passMark":80}}"""
                .formatted(name, doc, f.province), ADMIN_TOKEN);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":422", "chưa có câu hỏi kiểm tra được duyệt", title, "\"field\":\"requireQuiz\"",
                "\"code\":\"rule.campaign.quizWithoutQuestions\"");
        assertThat(count("SELECT count(*) FROM campaigns WHERE name = '" + name + "'")).as("nothing created").isZero();

        approve(doc);
        HttpResponse<String> accepted = admin.postForm("/campaigns", Map.of("name", name, "documentIds", Long.toString(doc),
                "unitIds", Long.toString(f.province), "startsAt", "2030-05-01T08:00", "deadline", "2030-05-20T17:00",
                "requireQuiz", "true"), true);
        assertThat(accepted.statusCode()).as("approved questions: accepted").isEqualTo(302);
    }

    @Test
    void anEditCannotRequireTheQuizAndAWithdrawnBankIsWarnedAndNotAskedOfMembers() throws Exception {
        CampaignFixture f = fixture();
        long doc = document(f);
        String title = title(f);
        List<Long> chats = f.members(1);
        Campaign c = campaigns.create(new NewCampaign("Đợt sửa kiểm tra " + f.chatBase, List.of(doc), List.of(f.province),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), null, null, false, 80), Requester.admin());
        DashboardClient admin = admin();
        admin.get("/campaigns/" + c.id() + "/edit");
        Map<String, String> quizOn = Map.of("name", "Tên đang sửa", "documentIds", Long.toString(doc), "unitIds",
                Long.toString(f.province), "startsAt", local(c.startsAt()), "deadline", local(c.deadline()), "requireQuiz", "true",
                "offsetDays", "3, 1");
        HttpResponse<String> refused = admin.postForm("/campaigns/" + c.id() + "/edit", quizOn, true);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.body()))
                .contains("id=\"error-requireQuiz\">Tài liệu \"" + title + "\" chưa có câu hỏi")
                .contains("value=\"Tên đang sửa\"");
        HttpResponse<String> put = http("PUT", "/api/campaigns/" + c.id(),
                "{\"rules\":{\"requireSummary\":true,\"requireQuiz\":true,\"requireReflection\":false,\"passMark\":80}}", ADMIN_TOKEN);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(422);
        assertThat(put.body()).contains("\"code\":\"rule.campaign.quizWithoutQuestions\"", title);
        assertThat(campaigns.get(c.id(), Requester.admin()).rules().requireQuiz()).as("nothing changed").isFalse();
        assertThat(admin.get("/campaigns/" + c.id()).body()).doesNotContain("id=\"quiz-gap\"");

        approve(doc);
        assertThat(admin.postForm("/campaigns/" + c.id() + "/edit", quizOn, true).statusCode()).isEqualTo(302);
        long member = f.memberWithChat(chats.get(0));
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        assertThat(completion.missing(member, assignment)).contains(CompletionCheck.Requirement.QUIZ);

        // The questions are withdrawn while the campaign runs: the page warns, and the member is no longer asked for the quiz.
        jdbc.sql("UPDATE quiz_questions SET status = 'REJECTED' WHERE document_id = :d").param("d", doc).update();
        String page = HtmlUtils.htmlUnescape(admin.get("/campaigns/" + c.id()).body());
        assertThat(page).containsPattern("id=\"quiz-gap\"[^>]*>\\s*<p>⚠️ Đợt học tập yêu cầu đạt bài kiểm tra, nhưng tài liệu dưới đây hiện chưa có câu hỏi")
                .containsPattern("<a href=\"/documents/" + doc + "\">[^<]*— " + Pattern.quote(title) + "</a>")
                .contains("Mở tài liệu để duyệt câu hỏi");
        assertThat(completion.missing(member, assignment)).doesNotContain(CompletionCheck.Requirement.QUIZ)
                .contains(CompletionCheck.Requirement.SUMMARY);
        assertThat(admin.get("/campaigns/" + c.id() + "?lang=en").body()).contains("has no approved quiz question now", "Open the document to approve questions");
    }

    /** A document of this test alone (the fixture's is shared by every fixture, and other tests give it questions). */
    private long document(CampaignFixture f) {
        return documents.save(new NewDocument("CT", Long.toString(f.chatBase), "TW", LocalDate.of(2024, 3, 1), title(f), "Tóm tắt.")).id();
    }

    private static String title(CampaignFixture f) {
        return "Về kiểm tra, giám sát " + f.chatBase;
    }

    private void approve(long doc) {
        quizzes.replaceAuthored(doc, StudyCampaign.QUESTIONS.stream().map(q -> q.withDocumentId(doc)).toList());
    }

    private CampaignFixture fixture() {
        return campaignFixture(bases);
    }
}
