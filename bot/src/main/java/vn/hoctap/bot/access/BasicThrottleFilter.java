package vn.hoctap.bot.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same password-guessing limit as the login form, for HTTP Basic on the API: otherwise the API
 * would be a side door for guessing (and a cheap way to burn CPU on bcrypt). Refused with 429.
 */
class BasicThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    BasicThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String username;
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                username = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            } catch (IllegalArgumentException malformed) {
                username = "";
            }
            if (!throttle.allows(username, request.getRemoteAddr())) {
                response.setStatus(429);
                response.setContentType("application/json");
                response.getOutputStream().write("{\"error\":\"too many login attempts; try again later\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
