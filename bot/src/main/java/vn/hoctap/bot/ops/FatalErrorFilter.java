package vn.hoctap.bot.ops;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sees every request's failure before Tomcat turns it into a 500, so an OutOfMemoryError during
 * an import or a report is recorded by {@link FatalErrors} instead of being logged and forgotten.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FatalErrorFilter extends OncePerRequestFilter {

    private final FatalErrors fatal;

    FatalErrorFilter(FatalErrors fatal) {
        this.fatal = fatal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            fatal.note(e);
            throw e;
        }
    }
}
