package vn.hoctap.bot.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoctap.bot.access.DashboardUser;

/**
 * Logins in the audit trail, from Spring Security's events: every failed attempt (form or HTTP
 * Basic, counted in {@code hoctap.login.failures} too), every successful form login and logout. A
 * successful HTTP Basic call is not a login (scripts authenticate on every call); what it changes is
 * recorded by {@link AuditInterceptor}.
 */
@Component
class AuthenticationAudit {

    private final AuditTrail trail;
    private final Counter failures;

    AuthenticationAudit(AuditTrail trail, MeterRegistry registry) {
        this.trail = trail;
        this.failures = Counter.builder("hoctap.login.failures").description("Failed dashboard and API logins").register(registry);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failures.increment();
        HttpServletRequest request = currentRequest();
        trail.record(AuditEntry.of(String.valueOf(event.getAuthentication().getName()), null, null, "LOGIN_FAILED",
                request == null ? null : request.getRequestURI(), null, null, event.getException().getClass().getSimpleName(),
                request == null ? null : request.getRemoteAddr()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        HttpServletRequest request = currentRequest();
        if (request == null || !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            return;
        }
        record("LOGIN", event.getAuthentication(), request);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record("LOGOUT", event.getAuthentication(), currentRequest());
    }

    private void record(String action, Authentication auth, HttpServletRequest request) {
        DashboardUser user = auth.getPrincipal() instanceof DashboardUser u ? u : null;
        trail.record(AuditEntry.of(auth.getName(), user == null ? null : user.id(), user == null ? null : user.unitId(), action,
                request == null ? null : request.getRequestURI(), null, null, "SUCCESS", request == null ? null : request.getRemoteAddr()));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
