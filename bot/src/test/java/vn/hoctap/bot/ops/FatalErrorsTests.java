package vn.hoctap.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.ServletException;

/**
 * An OutOfMemoryError during a request (Spring wraps it in a ServletException) turns the instance's
 * health DOWN for good; ordinary failures do not.
 */
class FatalErrorsTests {

    @Test
    void anOutOfMemoryErrorInARequestMakesTheInstanceDownForGood() throws Exception {
        FatalErrors fatal = FatalErrors.detached();
        FatalErrorFilter filter = new FatalErrorFilter(fatal);

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/members/import"), new MockHttpServletResponse(),
                (req, res) -> { throw new IllegalStateException("a bad row"); })).isInstanceOf(IllegalStateException.class);
        assertThat(fatal.health().getStatus()).isEqualTo(Status.UP);

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/members/import"), new MockHttpServletResponse(),
                (req, res) -> { throw new ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space")); }))
                .isInstanceOf(ServletException.class);
        assertThat(fatal.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(fatal.health().getDetails()).containsEntry("fatal", "java.lang.OutOfMemoryError: Java heap space");

        filter.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), (req, res) -> { });
        assertThat(fatal.health().getStatus()).as("never UP again until restarted").isEqualTo(Status.DOWN);
    }
}
