package vn.hoctap.bot.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.bot.testing.StudyFixture;

/** The roster upload through HTTP: a bad row blocks the file unless the admin imports the valid rows. */
class RosterApiTests extends BotIntegrationTest {

    @Test
    void badRowBlocksTheFileUnlessValidRowsAreChosen() throws Exception {
        StudyFixture f = newFixture();
        long suffix = System.nanoTime() % 1_000_000;
        String csv = "ma_dang_vien,ho_ten,don_vi\n"
                + "A" + suffix + "1,Nguyễn Văn Một," + f.cell + "\n"
                + "A" + suffix + "2,," + f.cell + "\n"
                + "A" + suffix + "3,Trần Thị Ba," + f.cell + "\n";
        HttpResponse<String> refused = upload("danh-sach.csv", csv, "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"row\":3", "Thiếu họ tên", "\"created\":0");
        assertThat(count("SELECT count(*) FROM members WHERE external_ref LIKE 'A" + suffix + "%'")).isZero();

        HttpResponse<String> partial = upload("danh-sach.csv", csv, "?importValidRows=true");
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.body()).contains("\"created\":2", "\"skipped\":1");
        assertThat(count("SELECT count(*) FROM members WHERE external_ref LIKE 'A" + suffix + "%'")).isEqualTo(2);
        assertThat(upload("x.csv", csv, "").statusCode()).isEqualTo(422);
    }

    private HttpResponse<String> upload(String fileName, String content, String query) throws Exception {
        String boundary = "----roster" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/members/import" + query))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
