package vn.hoctap.bot.webapp;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import vn.hoctap.bot.telegram.TelegramProperties;
import vn.hoctap.scheduler.member.MemberRepository;

/**
 * The Mini App's own filter chain, before the dashboard's: {@code /webapp/**} never uses the
 * dashboard login or its session. The page and its assets are public (they hold no data); every
 * {@code /webapp/api/**} call carries Telegram's initData and is checked by {@link WebAppAuthFilter}.
 * Telegram's web clients show Mini Apps in a frame, so frame blocking is off here (and only here).
 */
@Configuration(proxyBeanMethods = false)
class WebAppSecurity {

    @Bean
    InitDataVerifier initDataVerifier(TelegramProperties telegram, WebAppProperties props, Clock clock) {
        return new InitDataVerifier(telegram.token(), props.maxAge(), clock);
    }

    @Bean
    @Order(0)
    SecurityFilterChain webAppChain(HttpSecurity http, InitDataVerifier verifier, MemberRepository members) throws Exception {
        return http.securityMatcher("/webapp", "/webapp/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/webapp/api/**").hasRole("MEMBER").anyRequest().permitAll())
                .addFilterAfter(new WebAppAuthFilter(verifier, members), SecurityContextHolderFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.disable()).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self' https://telegram.org; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors https://web.telegram.org https://*.telegram.org")))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> WebAppAuthFilter.unauthorized(res)))
                .build();
    }
}
