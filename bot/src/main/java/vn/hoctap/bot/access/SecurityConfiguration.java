package vn.hoctap.bot.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

import vn.hoctap.bot.admin.AdminProperties;

/**
 * Who may call what. Three chains:
 * <ul>
 * <li>{@code /telegram/**}: the webhook checks Telegram's secret itself.</li>
 * <li>{@code /api/**}: HTTP Basic with dashboard logins, the operators' bearer token, or the
 * logged-in dashboard session (read only, never created here) so the Swagger UI page works; calls
 * that change something through the session need its CSRF token, like the dashboard's forms.</li>
 * <li>everything else: the dashboard and the OpenAPI description and its UI ({@code /v3/api-docs},
 * {@code /api-docs}), form login with sessions in Redis, CSRF on, logout by POST, login attempts
 * throttled.</li>
 * </ul>
 * Roles are checked here by path; unit scope is checked by {@link UnitScope} in each controller.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Paths only admins may use, in the API and on the dashboard. */
    private static final String[] ADMIN_ONLY = {"/api/members/import", "/api/documents/import", "/api/documents/*/summary",
        "/api/questions/**", "/api/documents/*/questions", "/api/holidays/**", "/api/users/**", "/accounts/**", "/documents/**", "/members/import/**",
        "/organisation/**", "/audit/**"};

    /**
     * Scripts and styles from this site only (no CDN; pages declare behaviour with data attributes read
     * by /js/dashboard.js); inline style attributes and the trend SVGs' styles are allowed.
     */
    static final String DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain telegramChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/telegram/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Actuator: the health probes are anonymous (details only for admins, see application.yml);
     * everything else (the Prometheus scrape, metrics) needs an admin, by HTTP Basic or the token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, AdminProperties admin, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .addFilterBefore(new ApiTokenFilter(apiToken(admin)), BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.realmName("hoctap"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "log in: HTTP Basic with an admin login, or Authorization: Bearer <ADMIN_TOKEN>"))
                        .accessDeniedHandler((req, res, ex) -> json(res, HttpServletResponse.SC_FORBIDDEN, "forbidden: admins only")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AdminProperties admin, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/documents/**", "/api/search", "/api/units/**").authenticated()
                        .requestMatchers("/api/documents/**", "/api/units/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(apiToken(admin)), BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.realmName("hoctap"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), sessionReadOnly())))
                .requestCache(r -> r.disable())
                // A call carried by the dashboard session (the Swagger UI page) is a cookie call: changes need the
                // session's CSRF token in X-CSRF-TOKEN. Calls with an Authorization header never use a cookie.
                // The same cookie-held token as the dashboard chain, so the page's token is valid here.
                .csrf(c -> c.csrfTokenRepository(csrfTokens()).requireCsrfProtectionMatcher(ApiSessionCalls::needCsrf))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "log in: HTTP Basic with a dashboard user, or Authorization: Bearer <ADMIN_TOKEN>"))
                        .accessDeniedHandler((req, res, ex) -> json(res, HttpServletResponse.SC_FORBIDDEN, "forbidden: " + ex.getMessage())))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain dashboardChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.requestMatchers("/login", "/css/**", "/js/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                // The CSRF token lives in a cookie, not the session: an anonymous visit to /login creates
                // no session (no Redis key); the form still posts the token in its hidden field.
                .csrf(c -> c.csrfTokenRepository(csrfTokens()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(DASHBOARD_CSP)))
                .build();
    }

    /**
     * The CSRF token in a cookie rather than the session (an anonymous GET /login creates no
     * session), one repository shape for the dashboard and the API's session calls; scripts send
     * it as {@code X-CSRF-TOKEN} (the page's meta tag), forms as {@code _csrf}.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setHeaderName("X-CSRF-TOKEN");
        return tokens;
    }

    /** The dashboard session's login, read but never created or written by the API chain. */
    private static HttpSessionSecurityContextRepository sessionReadOnly() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
    }

    /** One token for both chains that accept it (generated once if none is configured). */
    private String generatedToken;

    private synchronized String apiToken(AdminProperties props) {
        String token = props.token();
        if ((token == null || token.isBlank()) && generatedToken != null) {
            return generatedToken;
        }
        if (token == null || token.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
            log.warn("No ADMIN_TOKEN configured; generated API token for this run: {}", token);
            generatedToken = token;
        }
        return token;
    }

    private static void json(HttpServletResponse res, int status, String message) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"hoctap\"");
        }
        res.getOutputStream().write(("{\"error\":\"" + message.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
