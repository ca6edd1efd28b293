package vn.hoctap.bot.onboarding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoctap.bot.telegram.RouteGroup;

/**
 * Linking an account: {@code /start} (with an invitation or a deep link) and an invitation code typed or
 * pasted as text, which must be tried before plain text becomes a search.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingRoutes {

    @Bean
    RouteGroup onboardingGroup(StartCommand start, InvitationCodeText invitationCode) {
        return RouteGroup.named("onboarding")
                .handle(start, invitationCode)
                .build();
    }
}
