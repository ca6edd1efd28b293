package vn.hoctap.scheduler.opinion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoctap.scheduler.delivery.Keyboards;
import vn.hoctap.scheduler.delivery.Outbox;
import vn.hoctap.scheduler.delivery.Recipient;

/**
 * Opinion forms: created and queued (through the outbox, under the campaign's sending rules) to the
 * campaign's audience or the conference's convened members; answers stored per member and question
 * (the last answer counts) and one free comment per member.
 */
@Service
public class OpinionForms {

    public enum Choice {
        AGREE, PARTLY, DISAGREE
    }

    public record Form(long id, long campaignId, Long conferenceId, String title) {
    }

    public record Question(long id, long formId, int position, String text) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final OpinionTexts texts;
    private final Clock clock;

    OpinionForms(JdbcClient jdbc, Outbox outbox, OpinionTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** Creates the form and queues its first question to every reachable member of the audience. */
    @Transactional
    public Form create(NewOpinionForm request) {
        if (jdbc.sql("SELECT count(*) FROM campaigns WHERE id = :c").param("c", request.campaignId()).query(Long.class).single() == 0) {
            throw new NoSuchElementException("campaign " + request.campaignId());
        }
        if (request.conferenceId() != null && jdbc.sql("SELECT count(*) FROM conferences WHERE id = :f AND campaign_id = :c")
                .param("f", request.conferenceId()).param("c", request.campaignId()).query(Long.class).single() == 0) {
            throw new NoSuchElementException("conference " + request.conferenceId() + " of campaign " + request.campaignId());
        }
        long id = jdbc.sql("INSERT INTO opinion_forms (campaign_id, conference_id, title) VALUES (:c, :f, :t) RETURNING id")
                .param("c", request.campaignId()).param("f", request.conferenceId()).param("t", request.title().strip())
                .query(Long.class).single();
        for (int i = 0; i < request.questions().size(); i++) {
            jdbc.sql("INSERT INTO opinion_questions (form_id, position, text) VALUES (:f, :p, :t)").param("f", id).param("p", i + 1)
                    .param("t", request.questions().get(i)).update();
        }
        Form form = form(id).orElseThrow();
        Question first = question(id, 1).orElseThrow();
        var text = texts.question(form, first, request.questions().size());
        String audience = request.conferenceId() != null
                ? "SELECT m.id, m.telegram_user_id FROM conference_attendees a JOIN members m ON m.id = a.member_id WHERE a.conference_id = :f AND a.convened"
                : """
                  SELECT DISTINCT m.id, m.telegram_user_id FROM campaign_units cu JOIN units au ON au.id = cu.unit_id
                    JOIN units mu ON unit_within(mu.path, au.path) JOIN members m ON m.unit_id = mu.id WHERE cu.campaign_id = :c""";
        List<Recipient> recipients = jdbc.sql("SELECT * FROM (" + audience + ") x(id, chat) WHERE chat IS NOT NULL AND id IN "
                + "(SELECT id FROM members WHERE status = 'ACTIVE') ORDER BY id").param("f", request.conferenceId())
                .param("c", request.campaignId())
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getLong(2), text.body(), Keyboards.toJson(text.keyboard()))).list();
        outbox.enqueue(request.campaignId(), "form" + id, recipients, clock.instant(), false);
        return form;
    }

    public Optional<Form> form(long id) {
        return jdbc.sql("SELECT id, campaign_id, conference_id, title FROM opinion_forms WHERE id = :id").param("id", id)
                .query((rs, n) -> new Form(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4))).optional();
    }

    public Optional<Question> question(long questionId) {
        return jdbc.sql("SELECT id, form_id, position, text FROM opinion_questions WHERE id = :q").param("q", questionId)
                .query((rs, n) -> new Question(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).optional();
    }

    public Optional<Question> question(long formId, int position) {
        return jdbc.sql("SELECT id, form_id, position, text FROM opinion_questions WHERE form_id = :f AND position = :p")
                .param("f", formId).param("p", position)
                .query((rs, n) -> new Question(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).optional();
    }

    public int questionCount(long formId) {
        return jdbc.sql("SELECT count(*) FROM opinion_questions WHERE form_id = :f").param("f", formId).query(Integer.class).single();
    }

    /** Whether the member was sent this form (the check behind every answer button). */
    public boolean sentTo(long formId, long memberId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE step = :s AND member_id = :m").param("s", "form" + formId).param("m", memberId)
                .query(Long.class).single() > 0;
    }

    public boolean answered(long questionId, long memberId) {
        return jdbc.sql("SELECT count(*) FROM opinion_answers WHERE question_id = :q AND member_id = :m").param("q", questionId)
                .param("m", memberId).query(Long.class).single() > 0;
    }

    public void answer(long questionId, long memberId, Choice choice) {
        jdbc.sql("""
                INSERT INTO opinion_answers (question_id, member_id, choice, answered_at) VALUES (:q, :m, :c, :now)
                ON CONFLICT (question_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, answered_at = EXCLUDED.answered_at""")
                .param("q", questionId).param("m", memberId).param("c", choice.name()).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    public void comment(long formId, long memberId, String comment) {
        jdbc.sql("""
                INSERT INTO opinion_comments (form_id, member_id, comment, commented_at) VALUES (:f, :m, :c, :now)
                ON CONFLICT (form_id, member_id) DO UPDATE SET comment = EXCLUDED.comment, commented_at = EXCLUDED.commented_at""")
                .param("f", formId).param("m", memberId).param("c", comment).param("now", Timestamp.from(clock.instant())).update();
    }
}
