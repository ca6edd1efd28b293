package vn.hoctap.bot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code /api/**} with {@code Authorization: Bearer <ADMIN_TOKEN>}, compared in constant
 * time. Without a configured token one is generated at start-up and logged once, so a fresh
 * install is usable but never open.
 */
@Configuration(proxyBeanMethods = false)
class AdminTokenFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);

    @Bean
    FilterRegistrationBean<Filter> adminApiFilter(AdminProperties props) {
        String token = props.token();
        if (token == null || token.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            token = HexFormat.of().formatHex(random);
            log.warn("No ADMIN_TOKEN configured; generated admin token for this run: {}", token);
        }
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        Filter filter = (req, res, chain) -> {
            String header = ((HttpServletRequest) req).getHeader("Authorization");
            if (header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected)) {
                chain.doFilter(req, res);
                return;
            }
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"hoctap-admin\"");
            response.setContentType("application/json");
            response.getOutputStream().write("{\"error\":\"admin token required: Authorization: Bearer <ADMIN_TOKEN>\"}"
                    .getBytes(StandardCharsets.UTF_8));
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setName("adminApiFilter");
        return registration;
    }

}
