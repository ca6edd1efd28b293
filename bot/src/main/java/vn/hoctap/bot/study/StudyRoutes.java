package vn.hoctap.bot.study;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * The study loop: {@code /hoc} and {@code /tiendo}, and the buttons on the list and on summary pages
 * ({@link StudyActions}).
 */
@Configuration(proxyBeanMethods = false)
class StudyRoutes {

    @Bean
    RouteGroup studyGroup(StudyMenuCommand menu, ProgressCommand progress, ShowListCallback list, OpenAssignmentCallback open,
            PageCallback page, ConfirmCallback confirm) {
        return RouteGroup.named("study")
                .handle(menu, progress, list, open, page, confirm)
                .build();
    }
}
