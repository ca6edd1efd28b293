package vn.hoctap.bot.quiz;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.telegram.Action;
import vn.hoctap.bot.telegram.CallbackData;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.TelegramGateway;
import vn.hoctap.bot.telegram.Texts;

/**
 * An option tapped in the inline quiz ({@code qa:T:Q:D}: attempt, question, displayed option). A
 * single-answer question is answered at once; for several right answers the tap toggles the option
 * (selection kept in the session) until «Trả lời».
 */
@Component
class QuizAnswerCallback implements CallbackHandler {

    private final QuizAnswers answers;
    private final QuizPlay play;
    private final TelegramGateway telegram;
    private final Texts texts;

    QuizAnswerCallback(QuizAnswers answers, QuizPlay play, TelegramGateway telegram, Texts texts) {
        this.answers = answers;
        this.play = play;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return QuizActions.ANSWER;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var ctx = answers.resolve(in.userId(), data.arg(0), data.arg(1));
        int displayed = (int) Math.min(Integer.MAX_VALUE, data.arg(2));
        if (ctx.isEmpty() || displayed >= ctx.get().question().options().size()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        int[] order = QuizPlay.optionOrder(ctx.get().attempt().id(), ctx.get().question());
        if (ctx.get().question().multipleCorrect()) {
            String key = "quiz.sel." + data.arg(0) + "." + data.arg(1);
            Set<Integer> selected = new HashSet<>(QuizAnswers.parse(session.get(key).orElse("")));
            if (!selected.remove(displayed)) {
                selected.add(displayed);
            }
            session.put(key, selected.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
            telegram.answerCallback(in.callbackId(), null, false);
            if (in.messageId() != null) {
                int number = ctx.get().questions().indexOf(ctx.get().question()) + 1;
                telegram.editHtml(in.chatId(), in.messageId(), play.questionText(data.arg(0), number, ctx.get().questions().size(), ctx.get().question()),
                        play.optionsKeyboard(data.arg(0), ctx.get().question(), selected));
            }
            return;
        }
        boolean fresh = answers.record(in.chatId(), in.messageId(), ctx.get(), Set.of(order[displayed]));
        telegram.answerCallback(in.callbackId(), fresh ? null : texts.get("quiz.already"), false);
    }
}
