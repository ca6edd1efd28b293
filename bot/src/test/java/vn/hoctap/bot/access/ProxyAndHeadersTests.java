package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import vn.hoctap.bot.storage.StorageProperties;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;

/**
 * What a browser and a proxy see of the dashboard: a Content-Security-Policy without any CDN, a
 * Secure session cookie when nginx says the visit came over https, and no server-side session for
 * an anonymous look at the login page.
 */
class ProxyAndHeadersTests extends BotIntegrationTest {

    @Autowired
    JedisPool redis;
    @Autowired
    StorageProperties storage;

    @Test
    void dashboardPagesCarryAContentSecurityPolicyOfThisSiteOnly() throws Exception {
        HttpResponse<String> login = new DashboardClient(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("http", "unsafe-eval");
        assertThat(login.body()).doesNotContain("onclick=", "onchange=", "onsubmit=");
        String webapp = http("GET", "/webapp/", null, null).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(webapp).contains("script-src 'self' https://telegram.org", "frame-ancestors https://web.telegram.org");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> proxied = loginThrough("https");
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(proxied.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://hoctap.example.vn/"));
        assertThat(sessionCookie(proxied)).contains("Secure").contains("HttpOnly");

        HttpResponse<String> plain = loginThrough(null);
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
    }

    @Test
    void anAnonymousLoginPageCreatesNoSession() throws Exception {
        long before = sessionKeys();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(sessionKeys()).isEqualTo(before);
        // and the form still works: the CSRF token travels in a cookie
        assertThat(new DashboardClient(port).login("admin", ADMIN_PASSWORD)).endsWith("/");
    }

    /** Logs in the way nginx forwards a browser's request (or directly when {@code proto} is null). */
    private HttpResponse<String> loginThrough(String proto) throws Exception {
        // Cookies by hand: the browser talks https to nginx, so it sends back cookies marked Secure.
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        forwarded(page, proto);
        HttpResponse<String> form = client.send(page.build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String body = form.body();
        String csrf = body.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)));
        forwarded(post, proto);
        return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void forwarded(HttpRequest.Builder b, String proto) {
        if (proto != null) {
            b.header("X-Forwarded-Proto", proto).header("X-Forwarded-Host", "hoctap.example.vn").header("X-Forwarded-Port", "443")
                    .header("X-Forwarded-For", "203.0.113.7");
        }
    }

    private static String sessionCookie(HttpResponse<?> r) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private long sessionKeys() {
        try (Jedis j = redis.getResource()) {
            return j.keys(storage.redisKeyPrefix() + "session*").size();
        }
    }
}
