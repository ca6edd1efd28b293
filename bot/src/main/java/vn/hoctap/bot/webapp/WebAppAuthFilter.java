package vn.hoctap.bot.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hoctap.scheduler.member.MemberRepository;
import vn.hoctap.scheduler.member.MemberStatus;

/**
 * Authenticates each Mini App API call from the {@code X-Telegram-Init-Data} header: valid
 * Telegram signature, fresh, and a Telegram user linked to a member who has not left. Anything
 * else answers 401 at once; nothing is remembered between calls (no session, no cookie).
 */
final class WebAppAuthFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Telegram-Init-Data";

    private final InitDataVerifier verifier;
    private final MemberRepository members;

    WebAppAuthFilter(InitDataVerifier verifier, MemberRepository members) {
        this.verifier = verifier;
        this.members = members;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/webapp/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<WebAppMember> member = verifier.userId(request.getHeader(HEADER))
                .flatMap(telegramId -> members.findByTelegramUserId(telegramId)
                        .filter(m -> m.status() != MemberStatus.LEFT)
                        .map(m -> new WebAppMember(m.id(), telegramId, m.fullName())));
        if (member.isEmpty()) {
            unauthorized(response);
            return;
        }
        var auth = new UsernamePasswordAuthenticationToken(member.get(), null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write("{\"error\":\"Không xác thực được tài khoản Telegram. Hãy mở lại trang từ Hoctap Bot.\"}"
                .getBytes(StandardCharsets.UTF_8));
    }
}
