package vn.hoctap.bot.quiz;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Quizzes: started inline or as Telegram quiz polls ({@link QuizActions}), answered by button or by
 * poll answer.
 */
@Configuration(proxyBeanMethods = false)
class QuizRoutes {

    @Bean
    RouteGroup quizGroup(InlineQuizCallback inline, PollQuizCallback polls, QuizAnswerCallback answer, QuizSubmitCallback submit,
            PollAnswerHandler pollAnswer) {
        return RouteGroup.named("quiz")
                .handle(inline, polls, answer, submit, pollAnswer)
                .build();
    }
}
