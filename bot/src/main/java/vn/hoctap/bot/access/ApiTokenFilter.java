package vn.hoctap.bot.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operators' service credential for scripts: {@code Authorization: Bearer <ADMIN_TOKEN>},
 * compared in constant time, authenticates as an unscoped ADMIN. People use their own logins
 * (HTTP Basic on the API, the form on the dashboard).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final byte[] expected;

    ApiTokenFilter(String token) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected)) {
            DashboardUser service = new DashboardUser(0, "api-token", null, DashboardRole.ADMIN, null, null, true);
            var auth = new UsernamePasswordAuthenticationToken(service, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
