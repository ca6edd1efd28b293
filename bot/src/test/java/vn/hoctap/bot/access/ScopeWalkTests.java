package vn.hoctap.bot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.bot.testing.DashboardClient;
import vn.hoctap.scheduler.campaign.Campaign;

/**
 * Walks every handler method of the dashboard and the API, as an admin scoped to one province,
 * with the ids of another province in every path variable, id parameter and body field, and
 * expects 403 from each: a new endpoint that forgets its scope check fails here without anyone
 * having to remember to list it. Endpoints about things that are not unit-scoped (the document
 * library, question bank, holidays, the Mini App with its own member login) are named below.
 */
class ScopeWalkTests extends BotIntegrationTest {

    /** Path prefixes of endpoints whose objects belong to no unit. */
    private static final List<String> NOT_UNIT_SCOPED = List.of("/documents", "/api/documents", "/api/questions", "/api/holidays",
            "/webapp", "/error", "/login", "/logout", "/api-docs", "/v3/api-docs", "/swagger-ui", "/telegram");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final Set<String> ID_PARAMETERS = Set.of("unit", "unitId", "campaign", "campaignId", "assignment",
            "assignmentId", "member", "memberId", "id");
    private static final String PASSWORD = "mat-khau-tinh-1";

    @Autowired
    DashboardUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private CampaignFixture theirs;
    private long campaign;
    private long assignment;
    private long member;
    private long conference;
    private long point;
    private long opinionForm;
    private long programme;

    @Test
    void everyEndpointTakingAnIdRefusesAnotherProvincesIdsWith403() throws Exception {
        CampaignFixture mine = new CampaignFixture(jdbc, units, documents, campaigns, 8_100_000_000L + System.nanoTime() % 1_000_000);
        theirs = new CampaignFixture(jdbc, units, documents, campaigns, 8_200_000_000L + System.nanoTime() % 1_000_000);
        member = theirs.members(2).get(0);
        Campaign c = withoutJobs(() -> theirs.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false));
        campaign = c.id();
        assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", campaign).query(Long.class).single();
        theirConferenceFormAndProgramme();
        String login = "tinh" + mine.province;
        users.create(login, PASSWORD, DashboardRole.ADMIN, mine.province, null);
        DashboardClient browser = new DashboardClient(port);
        assertThat(browser.login(login, PASSWORD)).endsWith("/");
        browser.get("/");
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        List<String> walked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            for (String pattern : e.getKey().getPatternValues()) {
                if (NOT_UNIT_SCOPED.stream().anyMatch(pattern::startsWith) || !takesAnId(pattern, handler)) {
                    continue;
                }
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
                String path = fill(pattern) + query(handler, method == RequestMethod.GET);
                boolean api = handler.getBeanType().isAnnotationPresent(RestController.class);
                int status = api ? api(method.name(), path, basic) : page(browser, method, path);
                walked.add(method + " " + path);
                if (status != 403) {
                    wrong.add(method + " " + pattern + " → " + status);
                }
            }
        }
        System.out.println("Scope walk: " + walked.size() + " handler methods with another province's ids");
        assertThat(walked).hasSizeGreaterThan(25);
        assertThat(wrong).as("endpoints that did not refuse another province's ids").isEmpty();
        assertThat(jdbc.sql("SELECT status FROM campaigns WHERE id = :c").param("c", campaign).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT count(*) FROM units WHERE id = :u AND closed_at IS NULL").param("u", theirs.cellA)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static boolean takesAnId(String pattern, HandlerMethod handler) {
        if (VARIABLE.matcher(pattern).find()) {
            return true;
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && ID_PARAMETERS.contains(name(rp, p))) {
                return true;
            }
        }
        return false;
    }

    /** The other province's object for a path variable, by its name and the path it is in. */
    private String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            m.appendReplacement(out, Long.toString(idFor(m.group(1), before)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private long idFor(String variable, String pathBefore) {
        return switch (variable) {
            case "unitId" -> theirs.cellA;
            case "memberId" -> member;
            case "campaignId" -> campaign;
            case "assignmentId" -> assignment;
            case "pointId" -> point;
            default -> pathBefore.contains("conferences") ? conference
                    : pathBefore.contains("opinion-forms") ? opinionForm
                    : pathBefore.contains("action-programmes") ? programme
                    : pathBefore.contains("campaigns") ? campaign
                    : pathBefore.contains("assignments") ? assignment
                    : pathBefore.contains("members") ? member
                    : pathBefore.contains("organisation") ? theirs.commune : theirs.cellA;
        };
    }

    /** Their conference (with one point), opinion form and action programme, made by the unscoped admin. */
    private void theirConferenceFormAndProgramme() throws Exception {
        Instant now = Instant.now();
        conference = created(api("POST", "/api/conferences", "Bearer " + ADMIN_TOKEN, """
                {"campaignId": %d, "name": "Hội nghị", "startsAt": "%s", "endsAt": "%s", "documentIds": [%d],
                 "points": [{"unitId": %d, "place": "Hội trường"}]}""".formatted(campaign, now.plusSeconds(3600),
                now.plusSeconds(7200), theirs.document, theirs.commune)), "conference");
        point = jdbc.sql("SELECT id FROM conference_points WHERE conference_id = :c").param("c", conference).query(Long.class).single();
        opinionForm = created(api("POST", "/api/opinion-forms", "Bearer " + ADMIN_TOKEN, """
                {"campaignId": %d, "title": "Phiếu", "questions": ["Mục tiêu"]}""".formatted(campaign)), null);
        programme = created(api("PUT", "/api/action-programmes", "Bearer " + ADMIN_TOKEN, """
                {"campaignId": %d, "unitId": %d, "title": "Chương trình", "body": "Dự thảo"}""".formatted(campaign, theirs.commune)), null);
    }

    /** The id in a creation's answer ({@code {"id": …}}, or inside {@code {"wrapper": {"id": …}}}). */
    private static long created(HttpResponse<String> r, String wrapper) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        String prefix = wrapper == null ? "" : "\\{\"" + wrapper + "\":";
        return Long.parseLong(r.body().replaceAll("(?s)^" + prefix + "\\{\"id\":(\\d+).*", "$1"));
    }

    /** The request parameters of an endpoint, ids pointing into the other province (posts carry the rest in the form). */
    private String query(HandlerMethod handler, boolean all) {
        Map<String, String> params = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null || p.getParameterType().getName().contains("MultipartFile")) {
                continue;
            }
            String name = name(rp, p);
            if (!all && !ID_PARAMETERS.contains(name)) {
                continue;
            }
            params.put(name, switch (name) {
                case "unit", "unitId" -> Long.toString(theirs.cellA);
                case "campaign", "campaignId" -> Long.toString(campaign);
                case "assignment", "assignmentId" -> Long.toString(assignment);
                case "member", "memberId" -> Long.toString(member);
                case "format" -> "csv";
                default -> p.getParameterType().isEnum() ? ((Enum<?>) p.getParameterType().getEnumConstants()[0]).name()
                        : p.getParameterType() == boolean.class || p.getParameterType() == Boolean.class ? "false"
                        : Number.class.isAssignableFrom(p.getParameterType()) || p.getParameterType().isPrimitive() ? "1" : "x";
            });
        }
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return q.toString();
    }

    private static String name(RequestParam rp, MethodParameter p) {
        String n = !rp.name().isEmpty() ? rp.name() : rp.value();
        return n.isEmpty() ? p.getParameterName() : n;
    }

    /** A body naming the other province's objects in every field an endpoint could read an id from. */
    private String body() {
        return """
                {"memberId": %d, "unitId": %d, "parentId": %d, "intoUnitId": %d, "units": [%d], "documents": [%d],
                 "name": "Tên", "level": "CELL", "role": "SECRETARY", "deadline": "2099-01-01T00:00:00Z", "enabled": true}"""
                .formatted(member, theirs.cellA, theirs.commune, theirs.commune, theirs.cellA, theirs.document);
    }

    private int api(String method, String path, String authorization) throws Exception {
        return api(method, path, authorization, method.equals("GET") || method.equals("DELETE") ? null : body()).statusCode();
    }

    private HttpResponse<String> api(String method, String path, String authorization, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private int page(DashboardClient browser, RequestMethod method, String path) throws Exception {
        if (method == RequestMethod.GET) {
            HttpResponse<String> r = browser.get(path);
            // A redirect to the login's own start page (e.g. /units) shows nothing of theirs: follow it once.
            return r.statusCode() == 302 ? browser.get(URI.create(r.headers().firstValue("Location").orElseThrow()).getPath()
                    + query(r)).statusCode() : r.statusCode();
        }
        Map<String, String> fields = new LinkedHashMap<>(Map.of("memberId", Long.toString(member), "unitId",
                Long.toString(theirs.cellA), "parent", Long.toString(theirs.commune), "into", Long.toString(theirs.commune),
                "name", "Tên", "level", "CELL", "role", "SECRETARY", "deadline", "2099-01-01T17:00", "unitIds",
                Long.toString(theirs.cellA)));
        fields.putAll(Map.of("username", "lan" + theirs.cellA, "password", "mat-khau-moi-123", "enabled", "true"));
        return browser.postForm(path, fields, true).statusCode();
    }

    private static String query(HttpResponse<String> redirect) {
        String q = URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery();
        return q == null ? "" : "?" + q;
    }
}
