package vn.hoctap.bot.access;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/** Which API calls need a CSRF token: changes sent with the dashboard's session cookie and no Authorization header. */
final class ApiSessionCalls {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiSessionCalls() {
    }

    static boolean needCsrf(HttpServletRequest request) {
        // Without a live session the call is anonymous and gets 401 from authentication, as before.
        return !SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null && request.getSession(false) != null;
    }
}
