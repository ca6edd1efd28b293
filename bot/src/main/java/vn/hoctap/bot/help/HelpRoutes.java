package vn.hoctap.bot.help;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Help and the fallbacks, tried last: an unknown command, a button nobody answers (stale or tampered),
 * a kind of message the bot does not read.
 */
@Configuration(proxyBeanMethods = false)
class HelpRoutes {

    @Bean
    RouteGroup helpGroup(HelpCommand help, UnknownCommand unknownCommand, StaleButton staleButton, UnsupportedMessage unsupported) {
        return RouteGroup.named("help")
                .handle(help, unknownCommand, staleButton, unsupported)
                .build();
    }
}
