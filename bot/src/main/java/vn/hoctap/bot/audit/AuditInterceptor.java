package vn.hoctap.bot.audit;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoctap.bot.access.DashboardUser;

/**
 * One mechanism for the whole audit trail of actions: every dashboard or API request that can change
 * state (any method but GET, HEAD, OPTIONS) and every report download is recorded after it completes,
 * with the authenticated login, the handler, its path variables, a few safe parameters (never a
 * password), the uploaded file names and the outcome. Controllers know nothing of it, so pages and
 * endpoints added later are audited too. Logins are recorded by {@link AuthenticationAudit}.
 */
final class AuditInterceptor implements HandlerInterceptor {

    /** Parameters worth keeping: what was acted on, never secrets. */
    static final List<String> SAFE_PARAMETERS = List.of("username", "role", "unitId", "memberId", "campaign", "campaignId",
            "documentId", "format", "name", "status", "deadline");
    /** GET requests that hand data out. */
    static final List<String> DOWNLOADS = List.of("/units/*/report", "/api/reports/**");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !audited(request)) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        DashboardUser user = auth != null && auth.getPrincipal() instanceof DashboardUser u ? u : null;
        String actor = user != null ? user.getUsername() : auth != null ? auth.getName() : "anonymous";
        Map<String, String> target = new TreeMap<>();
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map) {
            map.forEach((k, v) -> target.put(String.valueOf(k), String.valueOf(v)));
        }
        for (String name : SAFE_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                target.put(name, value.length() > 80 ? value.substring(0, 80) + "…" : value);
            }
        }
        if (request.getAttribute(AuditTrail.CHANGES) instanceof String changes && !changes.isBlank()) {
            target.put("changed", changes);
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            multipart.getFileMap().forEach((field, file) -> target.put("file", file.getOriginalFilename()));
        }
        StringJoiner text = new StringJoiner(" ");
        target.forEach((k, v) -> text.add(k + "=" + v));
        String outcome = ex != null ? "ERROR " + ex.getClass().getSimpleName() : Integer.toString(response.getStatus());
        String action = request.getMethod() + " " + method.getBeanType().getSimpleName() + "#" + method.getMethod().getName();
        trail.record(AuditEntry.of(actor, user != null && user.id() > 0 ? user.id() : null, user != null ? user.unitId() : null,
                action, request.getRequestURI(), text.toString(), unitOf(request.getRequestURI(), target), outcome, request.getRemoteAddr()));
    }

    private static boolean audited(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return method.equals("GET") && DOWNLOADS.stream().anyMatch(p -> PATHS.match(p, path));
    }

    /** The unit acted on, when the request names one ({@code unitId}, or the id in {@code /units/{id}/...}). */
    private static Long unitOf(String path, Map<String, String> target) {
        String v = target.get("unitId");
        if (v == null && path.startsWith("/units/")) {
            v = target.get("id");
        }
        return v != null && v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }
}
