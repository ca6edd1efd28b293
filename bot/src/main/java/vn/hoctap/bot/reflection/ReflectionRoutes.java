package vn.hoctap.bot.reflection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.session.ChatSession;
import vn.hoctap.bot.study.AssignedOnly;
import vn.hoctap.bot.telegram.CallbackHandler;
import vn.hoctap.bot.telegram.Incoming;
import vn.hoctap.bot.telegram.RouteGroup;
import vn.hoctap.bot.telegram.TelegramGateway;

/**
 * The writing dialogue (bài thu hoạch and action plan) in one place: while the chat is in
 * {@link ReflectionFlow#STATE}, {@link ReflectionInput} owns the member's text and commands
 * (so it is tried first); {@code /baithuhoach} lists what was written, {@code /huy} leaves; the four
 * buttons (write, preview, submit, rewrite, each with the assignment id) first check that the
 * pressing member holds the assignment, as every study button does ({@link AssignedOnly}).
 */
@Configuration(proxyBeanMethods = false)
class ReflectionRoutes {

    @Bean
    RouteGroup reflectionGroup(ReflectionInput input, MyReflectionsCommand mine, CancelCommand cancel, ReflectionFlow flow,
            AssignedOnly assigned, TelegramGateway telegram) {
        return RouteGroup.named("reflection")
                .handle(input, mine, cancel)
                .callback(ReflectionActions.WRITE, owned(assigned, telegram, (in, t, s) -> flow.begin(in.chatId(), t, s)))
                .callback(ReflectionActions.PREVIEW, owned(assigned, telegram, (in, t, s) -> flow.preview(in.chatId(), t)))
                .callback(ReflectionActions.SUBMIT, owned(assigned, telegram, (in, t, s) -> flow.submit(in.chatId(), t, s)))
                .callback(ReflectionActions.REWRITE, owned(assigned, telegram, (in, t, s) -> flow.rewrite(in.chatId(), t)))
                .build();
    }

    /** What a reflection button does once its assignment is known to be the member's. */
    @FunctionalInterface
    interface Step {
        void run(Incoming in, ReflectionFlow.Target target, ChatSession session);
    }

    private static CallbackHandler.Body owned(AssignedOnly assigned, TelegramGateway telegram, Step step) {
        return (in, data, session) -> assigned.resolve(in, data.arg(0)).ifPresent(t -> {
            telegram.answerCallback(in.callbackId(), null, false);
            step.run(in, new ReflectionFlow.Target(t.memberId(), t.assignment()), session);
        });
    }
}
