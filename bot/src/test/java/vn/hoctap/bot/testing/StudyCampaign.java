package vn.hoctap.bot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.Campaigns;
import vn.hoctap.scheduler.campaign.NewCampaign;
import vn.hoctap.scheduler.unit.Requester;

/** A campaign with completion rules over one fixture document, and a small authored question bank. */
public final class StudyCampaign {

    public static final List<QuizQuestion> QUESTIONS = List.of(
            QuizQuestion.authored("Nghị quyết 21-NQ/TW đặt mục tiêu tuổi thọ bình quân đến năm 2030 là bao nhiêu?",
                    List.of("70 tuổi", "75 tuổi", "80 tuổi"), Set.of(1), "Tuổi thọ bình quân đạt 75 tuổi."),
            QuizQuestion.authored("Mức sinh thay thế là bình quân mỗi phụ nữ có bao nhiêu con?",
                    List.of("1,8 con", "2,1 con", "2,5 con"), Set.of(1), "Mức sinh thay thế là 2,1 con."),
            QuizQuestion.authored("Những nội dung nào thuộc công tác dân số trong tình hình mới?",
                    List.of("Chất lượng dân số", "Đóng thuế đất", "Già hóa dân số"), Set.of(0, 2), null));

    private StudyCampaign() {
    }

    /**
     * The campaign's own announcement and reminders never run ({@link BotIntegrationTest#withoutJobs}):
     * these tests are about studying, not delivery.
     */
    public static Campaign create(Campaigns campaigns, QuizRepository quizzes,
            java.util.function.Function<java.util.function.Supplier<Campaign>, Campaign> withoutJobs,
            long documentId, long unitId, boolean quiz, boolean reflection) {
        quizzes.replaceAuthored(documentId, QUESTIONS.stream().map(q -> q.withDocumentId(documentId)).toList());
        return withoutJobs.apply(() -> campaigns.create(new NewCampaign("Học tập Nghị quyết 21", List.of(documentId), List.of(unitId),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(7)),
                new Campaign.CompletionRules(true, quiz, reflection, 80), null, false, 80), Requester.admin()));
    }

    public static long assignmentOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, long campaignId) {
        return jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", campaignId).query(Long.class).single();
    }
}
