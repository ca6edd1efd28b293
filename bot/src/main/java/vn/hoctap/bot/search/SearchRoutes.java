package vn.hoctap.bot.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Search: {@code /tim}, results and sections ({@link SearchActions}), inline {@code @bot} queries,
 * and every plain text no dialogue has claimed (so this group comes after all dialogues) except a
 * greeting or thanks ({@link SmallTalk}).
 */
@Configuration(proxyBeanMethods = false)
class SearchRoutes {

    @Bean
    RouteGroup searchGroup(SearchCommand command, OpenSectionCallback openSection, SectionPageCallback sectionPage,
            SuggestionCallback suggestion, InlineSearch inline, SmallTalk smallTalk, SearchText text) {
        return RouteGroup.named("search")
                .handle(command, openSection, sectionPage, suggestion, inline, smallTalk, text)
                .build();
    }
}
