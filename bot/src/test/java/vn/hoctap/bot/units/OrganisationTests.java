package vn.hoctap.bot.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.access.DashboardRole;
import vn.hoctap.bot.access.DashboardUsers;
import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.DashboardClient;

/**
 * A province set up without SQL: the tree imported and reshaped through the API, units and roles
 * through the dashboard's forms, secretaries designated by API, form and roster column, a
 * member-tied secretary login scoped like the member, and a commune admin's roster refused whole
 * when it reaches outside the commune.
 */
class OrganisationTests extends BotIntegrationTest {

    private static final AtomicLong next = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final String PASSWORD = "mat-khau-quan-tri-1";

    @Autowired
    DashboardUsers users;

    private String tree(String p) {
        return "ma_don_vi,ten_don_vi,ma_cap_tren,loai\n"
                + p + "T,Đảng bộ tỉnh " + p + ",,tỉnh\n"
                + p + "H1,Đảng bộ huyện Một,"  + p + "T,huyện\n"
                + p + "H2,Đảng bộ huyện Hai," + p + "T,huyện\n"
                + p + "X1,Đảng bộ xã Đông," + p + "H1,xã\n"
                + p + "X2,Đảng bộ xã Tây," + p + "H2,xã\n"
                + p + "C1,Chi bộ thôn Đông," + p + "X1,chi bộ\n"
                + p + "C2,Chi bộ thôn Tây," + p + "X2,chi bộ\n";
    }

    @Test
    void theApiImportsMovesMergesAndClosesUnitsAndSetsRoles() throws Exception {
        String p = "O" + next.incrementAndGet();
        HttpResponse<String> imported = upload("/api/units/import", "to-chuc.csv", tree(p), "Bearer " + ADMIN_TOKEN);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":7");
        long province = id(p + "T"), h2 = id(p + "H2"), x1 = id(p + "X1"), c1 = id(p + "C1"), c2 = id(p + "C2");

        HttpResponse<String> bad = upload("/api/units/import", "x.csv", "ma_don_vi,ten_don_vi,ma_cap_tren\n" + p + "Z,Xã Z,KHONGCO\n",
                "Bearer " + ADMIN_TOKEN);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"row\":2", "KHONGCO");
        assertThat(count("SELECT count(*) FROM units WHERE code = '" + p + "Z'")).isZero();

        HttpResponse<String> created = http("POST", "/api/units", "{\"parentId\":" + x1 + ",\"name\":\"Chi bộ thôn Bắc\",\"code\":\"" + p
                + "C3\",\"level\":\"CELL\"}", ADMIN_TOKEN);
        assertThat(created.statusCode()).isEqualTo(201);
        long c3 = id(p + "C3");
        assertThat(http("PUT", "/api/units/" + c3, "{\"name\":\"Chi bộ thôn Bắc Mới\"}", ADMIN_TOKEN).body()).contains("Chi bộ thôn Bắc Mới");

        assertThat(http("POST", "/api/units/" + x1 + "/move", "{\"parentId\":" + h2 + "}", ADMIN_TOKEN).statusCode()).isEqualTo(200);
        assertThat(path(c1)).isEqualTo("/" + province + "/" + h2 + "/" + x1 + "/" + c1 + "/");
        HttpResponse<String> loop = http("POST", "/api/units/" + province + "/move", "{\"parentId\":" + c1 + "}", ADMIN_TOKEN);
        assertThat(loop.statusCode()).isEqualTo(422);
        assertThat(loop.body()).contains("cấp dưới");

        long member = jdbc.sql("INSERT INTO members (unit_id, full_name) VALUES (:u, 'Nguyễn Văn Bí') RETURNING id").param("u", c2)
                .query(Long.class).single();
        assertThat(http("PUT", "/api/units/" + c2 + "/roles/" + member, "{\"role\":\"SECRETARY\"}", ADMIN_TOKEN).body())
                .contains("\"role\":\"SECRETARY\"", "Nguyễn Văn Bí");
        assertThat(http("PUT", "/api/units/" + c1 + "/roles/" + member, "{\"role\":\"DEPUTY\"}", ADMIN_TOKEN).statusCode())
                .isEqualTo(422); // not a member of that cell

        assertThat(http("POST", "/api/units/" + c2 + "/merge", "{\"intoUnitId\":" + c1 + "}", ADMIN_TOKEN).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT unit_id FROM members WHERE id = :m").param("m", member).query(Long.class).single()).isEqualTo(c1);
        assertThat(count("SELECT count(*) FROM unit_roles WHERE unit_id = " + c2)).isZero();
        assertThat(http("GET", "/api/units/" + x1, null, ADMIN_TOKEN).body()).contains("Chi bộ thôn Đông").doesNotContain("Chi bộ thôn Tây");

        assertThat(http("POST", "/api/units/" + c3 + "/close", null, ADMIN_TOKEN).statusCode()).isEqualTo(204);
        assertThat(http("POST", "/api/units/" + c1 + "/close", null, ADMIN_TOKEN).statusCode()).isEqualTo(422);
    }

    @Test
    void aCommuneAdminIsConfinedToTheCommuneInTheUnitApiAndTheRosterImport() throws Exception {
        String p = "S" + next.incrementAndGet();
        assertThat(upload("/api/units/import", "t.csv", tree(p), "Bearer " + ADMIN_TOKEN).statusCode()).isEqualTo(200);
        long x1 = id(p + "X1"), c1 = id(p + "C1"), c2 = id(p + "C2"), h2 = id(p + "H2");
        String roster = "ma_dang_vien,ho_ten,don_vi\n" + p + "-9,Người Xã Tây," + c2 + "\n";
        assertThat(upload("/api/members/import", "a.csv", roster, "Bearer " + ADMIN_TOKEN).statusCode()).isEqualTo(200);
        String login = "xa" + p.toLowerCase();
        users.create(login, PASSWORD, DashboardRole.ADMIN, x1, null);
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String before = snapshot(p);

        for (String row : new String[] {p + "-9,Người Xã Tây," + c1, p + "-10,Người Lạ," + c2, p + "-9,Người Xã Tây," + c2 + ",Đã chuyển"}) {
            String file = "ma_dang_vien,ho_ten,don_vi,trang_thai\n" + p + "-1,Người Xã Đông," + c1 + ",\n" + row + "\n";
            HttpResponse<String> r = upload("/api/members/import?importValidRows=true", "a.csv", file, basic);
            assertThat(r.statusCode()).as(row).isEqualTo(403);
            assertThat(r.body()).contains("\"outOfScope\":true", "ngoài phạm vi");
            assertThat(snapshot(p)).isEqualTo(before);
        }
        assertThat(upload("/api/members/import", "a.csv", "ma_dang_vien,ho_ten,don_vi,chuc_vu\n" + p + "-1,Người Xã Đông," + c1 + ",bí thư\n",
                basic).statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM unit_roles r JOIN members m ON m.id = r.member_id WHERE m.external_ref = '" + p
                + "-1' AND r.unit_id = " + c1 + " AND r.role = 'SECRETARY'")).isEqualTo(1);

        assertThat(apiBasic("POST", "/api/units", "{\"parentId\":" + h2 + ",\"name\":\"Xã lạ\"}", basic).statusCode()).isEqualTo(403);
        assertThat(apiBasic("POST", "/api/units/" + x1 + "/move", "{\"parentId\":" + h2 + "}", basic).statusCode()).isEqualTo(403);
        assertThat(apiBasic("POST", "/api/units/" + c2 + "/close", null, basic).statusCode()).isEqualTo(403);
        assertThat(apiBasic("POST", "/api/units", "{\"parentId\":" + x1 + ",\"name\":\"Chi bộ mới\"}", basic).statusCode()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM units WHERE parent_id = " + h2)).isEqualTo(1);
    }

    @Test
    void theDashboardCreatesUnitsAndNamesTheSecretaryWhoseLoginThenHasTheMembersScope() throws Exception {
        String p = "D" + next.incrementAndGet();
        assertThat(upload("/api/units/import", "t.csv", tree(p), "Bearer " + ADMIN_TOKEN).statusCode()).isEqualTo(200);
        long x1 = id(p + "X1"), c1 = id(p + "C1"), c2 = id(p + "C2");
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");

        HttpResponse<String> page = admin.get("/organisation/" + x1);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đảng bộ xã Đông", "Chi bộ thôn Đông", "Thêm đơn vị trực thuộc", "Sáp nhập");
        HttpResponse<String> created = admin.postForm("/organisation/" + x1 + "/children", Map.of("name", "Chi bộ Cơ quan xã",
                "code", p + "C9", "level", "CELL"), true);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/organisation/" + x1).body()).contains("Đã tạo đơn vị.", "Chi bộ Cơ quan xã");
        admin.postForm("/organisation/" + x1 + "/children", Map.of("name", "Trùng mã", "code", p + "C9", "level", "CELL"), true);
        assertThat(admin.get("/organisation/" + x1).body()).contains("đã được dùng");

        long member = jdbc.sql("INSERT INTO members (unit_id, full_name) VALUES (:u, 'Trần Thị Thư') RETURNING id").param("u", c1)
                .query(Long.class).single();
        admin.get("/organisation/" + c1);
        assertThat(admin.postForm("/organisation/" + c1 + "/roles", Map.of("memberId", Long.toString(member), "role", "SECRETARY"), true)
                .statusCode()).isEqualTo(302);
        assertThat(admin.get("/organisation/" + c1).body()).contains("Bí thư", "Trần Thị Thư", "Đã cập nhật chức vụ.");

        admin.get("/accounts");
        String login = "bithu" + p.toLowerCase();
        admin.postForm("/accounts", Map.of("username", login, "password", PASSWORD, "role", "SECRETARY", "memberId", Long.toString(member)), true);
        assertThat(admin.get("/accounts").body()).contains(login);
        DashboardClient secretary = new DashboardClient(port);
        assertThat(secretary.login(login, PASSWORD)).endsWith("/");
        assertThat(secretary.get("/units/" + c1).statusCode()).isEqualTo(200);
        assertThat(secretary.get("/units/" + c2).statusCode()).isEqualTo(403);
        assertThat(secretary.get("/organisation/" + c1).statusCode()).isEqualTo(403); // admins only

        // The role moves to another member: the login no longer opens (same rule as the bot).
        long other = jdbc.sql("INSERT INTO members (unit_id, full_name) VALUES (:u, 'Lê Văn Mới') RETURNING id").param("u", c1)
                .query(Long.class).single();
        admin.get("/organisation/" + c1);
        admin.postForm("/organisation/" + c1 + "/roles", Map.of("memberId", Long.toString(other), "role", "SECRETARY"), true);
        assertThat(new DashboardClient(port).login(login, PASSWORD)).contains("/login?error");
    }

    @Test
    void theOrganisationPageChoosesUnitsInTreesFindsLeadersByCardAndRefusesInTheUsersLanguage() throws Exception {
        String p = "E" + next.incrementAndGet();
        assertThat(upload("/api/units/import", "t.csv", tree(p), "Bearer " + ADMIN_TOKEN).statusCode()).isEqualTo(200);
        long h2 = id(p + "H2"), x1 = id(p + "X1"), x2 = id(p + "X2"), c1 = id(p + "C1"), c2 = id(p + "C2");
        DashboardClient admin = new DashboardClient(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/");

        // Targets are radio buttons in the unit trees, not typed codes; merges offer the parent's subtree with its cells.
        String page = admin.get("/organisation/" + x1).body();
        assertThat(page).contains("id=\"move-parent-" + h2 + "\"", "name=\"parent\"", "type=\"radio\"")
                .doesNotContain("mã hoặc số");
        assertThat(admin.get("/organisation/" + c1).body()).contains("id=\"merge-into-" + c1 + "\"")
                .doesNotContain("id=\"merge-into-" + c2 + "\"");
        assertThat(admin.postForm("/organisation/" + x1 + "/move", Map.of("parent", Long.toString(h2)), true).statusCode()).isEqualTo(302);
        assertThat(path(x1)).startsWith(path(h2));
        assertThat(path(c1)).startsWith(path(x1));

        // The leader is found by card number among thousands; the list is capped.
        for (int i = 0; i < 120; i++) {
            jdbc.sql("INSERT INTO members (unit_id, full_name, external_ref) VALUES (:u, :n, :r)").param("u", c2)
                    .param("n", "Đảng viên " + i).param("r", p + "-" + i).update();
        }
        String crowded = admin.get("/organisation/" + x2).body();
        assertThat(crowded).contains("Chỉ hiện 100 người đầu");
        String found = admin.get("/organisation/" + x2 + "?q=" + p + "-117").body();
        assertThat(found).contains("Đảng viên 117 · " + p + "-117").doesNotContain("Đảng viên 116").doesNotContain("Chỉ hiện 100");

        // A login is tied to a member by party card number, not by an internal id.
        long leader = jdbc.sql("SELECT id FROM members WHERE external_ref = :r").param("r", p + "-117").query(Long.class).single();
        admin.postForm("/organisation/" + c2 + "/roles", Map.of("memberId", Long.toString(leader), "role", "SECRETARY"), true);
        admin.get("/accounts");
        admin.postForm("/accounts", Map.of("username", "bt" + p.toLowerCase(), "password", PASSWORD, "role", "SECRETARY",
                "memberCard", " " + p + "-117 "), true);
        assertThat(count("SELECT count(*) FROM dashboard_users WHERE member_id = " + leader)).isEqualTo(1);
        admin.postForm("/accounts", Map.of("username", "bt2" + p.toLowerCase(), "password", PASSWORD, "role", "SECRETARY",
                "memberCard", p + "-999"), true);
        assertThat(admin.get("/accounts").body()).contains("Không có đảng viên nào mang số thẻ «" + p + "-999»");

        // A refusal in the user's language: Vietnamese, then English.
        admin.postForm("/organisation/" + x2 + "/move", Map.of("parent", Long.toString(c2)), true);
        assertThat(admin.get("/organisation/" + x2).body()).contains("Không thể chuyển «Đảng bộ xã Tây» vào chính nó");
        admin.get("/organisation/" + x2 + "?lang=en");
        admin.postForm("/organisation/" + x2 + "/close", Map.of(), true);
        assertThat(admin.get("/organisation/" + x2).body()).contains("«Đảng bộ xã Tây» still has 0 members and 1 units under it")
                .doesNotContain("hãy chuyển");
        admin.get("/organisation/" + x2 + "?lang=vi");
    }

    private String snapshot(String p) {
        return String.join(";", jdbc.sql("SELECT external_ref || ':' || unit_id || ':' || status FROM members WHERE external_ref LIKE :p ORDER BY 1")
                .param("p", p + "-%").query(String.class).list());
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM units WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private String path(long unit) {
        return jdbc.sql("SELECT path FROM units WHERE id = :u").param("u", unit).query(String.class).single();
    }

    private HttpResponse<String> apiBasic(String method, String path, String json, String basic) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, String fileName, String content, String authorization) throws Exception {
        String boundary = "----org" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
