package vn.hoctap.content.quiz;

import static vn.hoctap.content.quiz.QuestionGenerator.BLANK;
import static vn.hoctap.content.quiz.QuestionGenerator.EXPLANATION_PREFIX;
import static vn.hoctap.content.quiz.QuestionGenerator.PREFIX;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.hoctap.content.quiz.QuestionGenerator.Candidate;
import vn.hoctap.content.quiz.QuestionGenerator.Unit;

/**
 * Writes candidates as poll-sized cloze questions and re-checks the rules on the result, because
 * trimming and shuffling happen only here and a bad question must be dropped rather than stored.
 */
final class ClozeQuestions {

    /** "Đồng chí _____ khẳng định:" says nothing; a stem needs this many words besides the blank. */
    static final int MIN_CONTEXT_WORDS = 10;

    private ClozeQuestions() {
    }

    /** The questions in the candidates' order, without two that read the same. */
    static List<QuizQuestion> of(long documentId, List<Candidate> candidates) {
        List<QuizQuestion> out = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        for (Candidate c : candidates) {
            QuizQuestion q = question(documentId, c);
            if (q != null && questions.add(Phrases.key(q.question()))) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    private static QuizQuestion question(long documentId, Candidate c) {
        Unit unit = c.unit();
        String source = unit.full();
        int budget = TelegramQuizLimits.MAX_QUESTION - PREFIX.length();
        String cloze;
        // a short lead-in is kept whole, since it says what the list item is about; only the item is trimmed
        if (unit.leadIn() != null && unit.leadIn().length() < budget / 2) {
            String lead = blanked(unit.leadIn(), c.answer());
            String body = blanked(unit.text(), c.answer());
            int room = budget - lead.length() - 1;
            int at = body.indexOf(BLANK);
            cloze = lead + " " + Trim.around(body, Math.max(at, 0), at < 0 ? 0 : at + BLANK.length(), room);
        } else {
            String whole = blanked(source, c.answer());
            int at = whole.indexOf(BLANK);
            cloze = Trim.around(whole, at, at + BLANK.length(), budget);
        }
        if (!cloze.contains(BLANK)) {
            return null;
        }
        List<int[]> at = Phrases.occurrences(source, c.answer());
        String explanation = EXPLANATION_PREFIX + Trim.around(source, at.get(0)[0], at.get(0)[1],
                TelegramQuizLimits.MAX_EXPLANATION - EXPLANATION_PREFIX.length());
        String question = PREFIX + cloze;
        List<String> options = new ArrayList<>(c.distractors());
        options.add(c.answer());
        // seeded by document and question, so regenerating gives the same option order
        Collections.shuffle(options, new Random(documentId * 0x9E3779B97F4A7C15L ^ question.hashCode()));
        QuizQuestion q;
        try {
            q = QuizQuestion.generated(documentId, question, options, options.indexOf(c.answer()), explanation, source);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return follows(q) ? q : null;
    }

    /** The rules every generated question keeps (checked again here so a bad one is dropped, not stored). */
    static boolean follows(QuizQuestion q) {
        if (q.correct().size() != 1 || !TelegramQuizLimits.fitsNativePoll(q) || q.sourceSentence() == null) {
            return false;
        }
        String answer = q.correctOptions().get(0);
        if (!q.sourceSentence().contains(answer) || Phrases.occurrences(q.sourceSentence(), answer).size() != 1) {
            return false;
        }
        // one blank, and enough words around it to know what is asked
        String stem = q.question().substring(PREFIX.length());
        if (stem.indexOf(BLANK) != stem.lastIndexOf(BLANK)
                || Phrases.words(stem.replace(BLANK, " ")).size() < MIN_CONTEXT_WORDS) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            String option = q.options().get(i);
            if (!keys.add(Phrases.key(option))) {
                return false;
            }
            if (!q.correct().contains(i) && Phrases.contains(q.sourceSentence(), option)) {
                return false;
            }
        }
        return !Phrases.contains(q.question(), answer);
    }

    /** Every occurrence of the answer replaced by the blank, so a repeated fact does not give itself away. */
    static String blanked(String text, String answer) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (int[] span : Phrases.occurrences(text, answer)) {
            sb.append(text, last, span[0]).append(BLANK);
            last = span[1];
        }
        return sb.append(text.substring(last)).toString();
    }
}
