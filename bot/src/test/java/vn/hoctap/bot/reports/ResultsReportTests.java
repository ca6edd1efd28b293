package vn.hoctap.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.CampaignFixture;
import vn.hoctap.scheduler.campaign.Campaign;
import vn.hoctap.scheduler.campaign.CampaignScheduling;
import vn.hoctap.scheduler.campaign.Campaigns;

/** The results report of a campaign per unit: figures by child unit and in total, as JSON, CSV and XLSX. */
class ResultsReportTests extends BotIntegrationTest {

    private static final AtomicLong bases = new AtomicLong(5_000_000_000L);

    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignScheduling jobs;

    @Test
    void reportCountsEachCellAndTotalsInEveryFormat() throws Exception {
        CampaignFixture f = new CampaignFixture(jdbc, units, documents, campaigns, bases.addAndGet(10_000_000));
        List<Long> chats = f.members(10);
        Campaign c = f.campaign(Instant.now().minusSeconds(60), Duration.ofDays(5), false);
        jobs.unschedule(c.id());
        long assignment = jdbc.sql("SELECT id FROM assignments WHERE campaign_id = :c").param("c", c.id()).query(Long.class).single();
        // Cell A (even members 2,4,...,10): three studied; one of them passed the quiz and submitted a reflection.
        for (long chat : List.of(chats.get(1), chats.get(3), chats.get(5))) {
            jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chat))
                    .param("a", assignment).update();
        }
        long star = f.memberWithChat(chats.get(1));
        jdbc.sql("INSERT INTO quiz_attempts (member_id, assignment_id, mode, total, score, passed, finished_at) VALUES (:m, :a, 'INLINE', 3, 3, true, now())")
                .param("m", star).param("a", assignment).update();
        jdbc.sql("INSERT INTO reflections (member_id, assignment_id, reflection, reflection_at, plan, plan_at) VALUES (:m, :a, 'x', now(), 'y', now())")
                .param("m", star).param("a", assignment).update();
        // Cell B (odd): one studied; one member has left and is not counted.
        jdbc.sql("INSERT INTO confirmations (member_id, assignment_id) VALUES (:m, :a)").param("m", f.memberWithChat(chats.get(0)))
                .param("a", assignment).update();
        jdbc.sql("UPDATE members SET status = 'LEFT' WHERE id = :m").param("m", f.memberWithChat(chats.get(2))).update();

        String json = get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=json").body();
        assertThat(json).contains("\"name\":\"Chi bộ thôn Đông\"", "\"members\":5,\"studied\":3,\"quizPassed\":1,\"reflections\":1");
        assertThat(json).contains("\"name\":\"Chi bộ thôn Tây\"", "\"members\":4,\"studied\":1,\"quizPassed\":0,\"reflections\":0");
        assertThat(json).contains("\"members\":9,\"studied\":4");

        HttpResponse<String> csv = get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
        assertThat(csv.body()).startsWith("\uFEFFSTT,Đơn vị,Tổng số đảng viên")
                .contains("1,Chi bộ thôn Đông,5,3,60.0,1,1,2", "2,Chi bộ thôn Tây,4,1,25.0,0,0,3", ",Tổng cộng,9,4,44.4,1,1,5");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(request("/api/reports/units/" + f.commune + "?campaign=" + c.id()),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Chi bộ thôn Đông");
            assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(9.0);
        }
        assertThat(get("/api/reports/units/" + f.commune + "?campaign=999999999&format=json").statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/units/" + f.commune + "?campaign=" + c.id() + "&format=pdf").statusCode()).isEqualTo(400);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + ADMIN_TOKEN).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
