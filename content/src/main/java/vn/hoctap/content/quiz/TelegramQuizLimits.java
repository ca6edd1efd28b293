package vn.hoctap.content.quiz;

/**
 * What a Telegram native quiz poll accepts (Bot API {@code sendPoll}): question 1–300 characters,
 * 2–10 options of 1–100 characters each, explanation at most 200 characters with at most two line
 * feeds. Current Bot API versions allow up to 12 options; 10 is kept so that the polls also work
 * with older clients. Lengths are counted in UTF-16 code units of the NFC text, as Telegram counts
 * them (every Vietnamese letter is one unit in NFC). A question that does not fit can still be
 * asked in the bot's inline-keyboard quiz.
 */
public final class TelegramQuizLimits {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION = 100;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_EXPLANATION = 200;
    public static final int MAX_EXPLANATION_LINE_FEEDS = 2;

    private TelegramQuizLimits() {
    }

    public static boolean fitsNativePoll(QuizQuestion q) {
        return problem(q) == null;
    }

    /** Why the question cannot be sent as a native poll, or null if it can. */
    public static String problem(QuizQuestion q) {
        if (!within(q.question(), 1, MAX_QUESTION)) {
            return "question has " + q.question().length() + " characters (1.." + MAX_QUESTION + ")";
        }
        if (q.options().size() < MIN_OPTIONS || q.options().size() > MAX_OPTIONS) {
            return q.options().size() + " options (" + MIN_OPTIONS + ".." + MAX_OPTIONS + ")";
        }
        for (int i = 0; i < q.options().size(); i++) {
            if (!within(q.options().get(i), 1, MAX_OPTION)) {
                return "option " + (i + 1) + " has " + q.options().get(i).length() + " characters (1.." + MAX_OPTION + ")";
            }
        }
        String explanation = q.explanation();
        if (explanation != null) {
            if (explanation.length() > MAX_EXPLANATION) {
                return "explanation has " + explanation.length() + " characters (at most " + MAX_EXPLANATION + ")";
            }
            if (explanation.chars().filter(c -> c == '\n').count() > MAX_EXPLANATION_LINE_FEEDS) {
                return "explanation has more than " + MAX_EXPLANATION_LINE_FEEDS + " line feeds";
            }
        }
        return null;
    }

    private static boolean within(String s, int min, int max) {
        return s != null && s.length() >= min && s.length() <= max;
    }
}
