package vn.hoctap.bot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.study.StudyActions;
import vn.hoctap.bot.telegram.Button;
import vn.hoctap.bot.telegram.Html;
import vn.hoctap.bot.telegram.Keyboard;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;
import vn.hoctap.content.quiz.QuizQuestion;
import vn.hoctap.content.quiz.QuizRepository;
import vn.hoctap.scheduler.assignment.CompletionCheck;
import vn.hoctap.scheduler.quiz.QuizAttempts;
import vn.hoctap.scheduler.quiz.QuizProperties;

/**
 * The quiz shared by both modes: which approved questions an attempt asks (up to {@code size},
 * shuffled, stored with the attempt so later approvals cannot change it), how each question's
 * options are shuffled (seeded by attempt and question, so reproducible without any session), and
 * the result message at the end.
 */
@Component
class QuizPlay {

    /** A hint an author put at the end of the question, e.g. "(Chọn tất cả đáp án đúng)". */
    private static final java.util.regex.Pattern HINT = java.util.regex.Pattern.compile("\\s*\\((?iu:chọn)[^()]*\\)\\s*$");

    private final QuizRepository questions;
    private final QuizAttempts attempts;
    private final CompletionCheck completion;
    private final TelegramGateway telegram;
    private final Texts texts;
    private final int size;
    private final Random random = new Random();
    private final long retakeMinutes;

    QuizPlay(QuizRepository questions, QuizAttempts attempts, CompletionCheck completion, TelegramGateway telegram, Texts texts,
            QuizProperties props) {
        this.questions = questions;
        this.attempts = attempts;
        this.completion = completion;
        this.telegram = telegram;
        this.texts = texts;
        this.size = props.size();
        this.retakeMinutes = Math.max(1, props.retakeWait().toMinutes());
    }

    /** Picks the questions for a new attempt: up to {@code size} approved ones, shuffled. */
    List<Long> pick(long documentId, boolean nativePollsOnly) {
        List<QuizQuestion> pool = new ArrayList<>(questions.approved(documentId).stream()
                .filter(q -> !nativePollsOnly || vn.hoctap.content.quiz.TelegramQuizLimits.fitsNativePoll(q)).toList());
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(size, pool.size())).stream().map(QuizQuestion::id).toList();
    }

    /** The questions of an attempt, in the order fixed when it started. */
    List<QuizQuestion> questionsOf(QuizAttempts.Attempt attempt) {
        return attempt.questionIds().stream().map(questions::findById).flatMap(java.util.Optional::stream).toList();
    }

    int available(long documentId, boolean nativePollsOnly) {
        return (int) Math.min(size, questions.approved(documentId).stream()
                .filter(q -> !nativePollsOnly || vn.hoctap.content.quiz.TelegramQuizLimits.fitsNativePoll(q)).count());
    }

    /** displayed position -> original option index */
    static int[] optionOrder(long attemptId, QuizQuestion q) {
        List<Integer> order = IntStream.range(0, q.options().size()).boxed().collect(Collectors.toList());
        Collections.shuffle(order, new Random(attemptId * 31 + q.id()));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    Optional<QuizQuestion> question(long id) {
        return questions.findById(id);
    }

    static boolean correct(QuizQuestion q, Set<Integer> chosenOriginal) {
        return q.correct().equals(chosenOriginal);
    }

    /** The right options as shown in this attempt ("B. …"), escaped for HTML. */
    String correctText(long attemptId, QuizQuestion q) {
        int[] order = optionOrder(attemptId, q);
        List<String> right = new ArrayList<>();
        for (int d = 0; d < order.length; d++) {
            if (q.correct().contains(order[d])) {
                right.add(letter(d) + ". " + Html.escape(q.options().get(order[d])));
            }
        }
        return String.join("; ", right);
    }

    /** Short buttons (A, B, C…; ☑️ on the options picked so far), five to a row: the options themselves are in the text. */
    Keyboard optionsKeyboard(long attemptId, QuizQuestion q, Set<Integer> selectedDisplayed) {
        int[] order = optionOrder(attemptId, q);
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (int d = 0; d < order.length; d++) {
            String mark = selectedDisplayed.contains(d) ? "☑️ " : "";
            row.add(QuizActions.ANSWER.button(mark + letter(d), attemptId, q.id(), d));
            if (row.size() == 5) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        if (q.multipleCorrect()) {
            rows.add(List.of(QuizActions.SUBMIT.button(texts.get("button.answer"), attemptId, q.id())));
        }
        return new Keyboard(rows);
    }

    /**
     * The question in Telegram HTML with every option written in full ("A. …"), in this attempt's
     * order, and one hint on how to answer (an authored "(Chọn tất cả đáp án đúng)" is dropped for ours).
     */
    String questionText(long attemptId, int number, int total, QuizQuestion q) {
        int[] order = optionOrder(attemptId, q);
        StringBuilder text = new StringBuilder(texts.get("quiz.question", number, total, Html.escape(withoutHint(q.question()))));
        text.append("\n");
        for (int d = 0; d < order.length; d++) {
            text.append("\n<b>").append(letter(d)).append(".</b> ").append(Html.escape(q.options().get(order[d])));
        }
        return text.append("\n\n").append(texts.get(q.multipleCorrect() ? "quiz.question.multi" : "quiz.question.single"))
                .toString();
    }

    static String letter(int displayed) {
        return String.valueOf((char) ('A' + displayed));
    }

    static String withoutHint(String question) {
        return HINT.matcher(question).replaceFirst("").strip();
    }

    /** Scores the attempt (once) and tells the member. */
    void finish(long chatId, QuizAttempts.Attempt attempt) {
        int passMark = completion.rulesFor(attempt.assignmentId()).passMark();
        QuizAttempts.Attempt done = attempts.finish(attempt.id(), passMark);
        int pct = done.total() == 0 ? 0 : Math.round(done.score() * 100f / done.total());
        String text = texts.get("quiz.result", done.score(), done.total(), pct) + "\n"
                + (Boolean.TRUE.equals(done.passed()) ? texts.get("quiz.passed", passMark) : texts.get("quiz.failed", passMark, retakeMinutes));
        Keyboard keyboard = Boolean.TRUE.equals(done.passed())
                ? Keyboard.of(StudyActions.CONFIRM.button(texts.get("button.confirm"), done.assignmentId(), 0))
                : Keyboard.of((done.mode().equals("POLL") ? QuizActions.POLLS : QuizActions.INLINE)
                        .button(texts.get("button.retake"), done.assignmentId()));
        telegram.send(chatId, text, keyboard);
    }

}
