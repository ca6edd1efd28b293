package vn.hoctap.bot.quiz;

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

/** «Trả lời» under a question with several right answers ({@code qs:T:Q}): records the selection. */
@Component
class QuizSubmitCallback implements CallbackHandler {

    private final QuizAnswers answers;
    private final TelegramGateway telegram;
    private final Texts texts;

    QuizSubmitCallback(QuizAnswers answers, TelegramGateway telegram, Texts texts) {
        this.answers = answers;
        this.telegram = telegram;
        this.texts = texts;
    }

    @Override
    public Action action() {
        return QuizActions.SUBMIT;
    }

    @Override
    public void handle(Incoming in, CallbackData data, ChatSession session) {
        var ctx = answers.resolve(in.userId(), data.arg(0), data.arg(1));
        if (ctx.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("study.stale"), true);
            return;
        }
        String key = "quiz.sel." + data.arg(0) + "." + data.arg(1);
        int[] order = QuizPlay.optionOrder(ctx.get().attempt().id(), ctx.get().question());
        Set<Integer> chosen = QuizAnswers.parse(session.get(key).orElse("")).stream().filter(d -> d < order.length)
                .map(d -> order[d]).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            telegram.answerCallback(in.callbackId(), texts.get("quiz.pickOne"), true);
            return;
        }
        session.put(key, "");
        boolean fresh = answers.record(in.chatId(), in.messageId(), ctx.get(), chosen);
        telegram.answerCallback(in.callbackId(), fresh ? null : texts.get("quiz.already"), false);
    }
}
