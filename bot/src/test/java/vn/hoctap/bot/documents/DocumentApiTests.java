package vn.hoctap.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.hoctap.bot.testing.BotIntegrationTest;
import vn.hoctap.content.library.DocumentLibrary;

/** Importing documents through the admin REST API and the command line. */
class DocumentApiTests extends BotIntegrationTest {

    private static final String PLAN = """
            ---
            type: KH
            number: "%s"
            issuer: HU
            issued: 2024-03-01
            title: "Kế hoạch tổ chức học tập chuyên đề năm 2024"
            ---
            # I. MỤC ĐÍCH
            Các chi bộ tổ chức học tập chuyên đề trong sinh hoạt định kỳ, gắn với kiểm điểm việc làm theo của từng đảng viên.

            # II. THỜI GIAN
            Hoàn thành trước ngày 30 tháng 6 năm 2024; báo cáo kết quả về ban tuyên giáo huyện ủy.
            """;

    @Autowired
    DocumentLibrary library;

    @TempDir
    Path dir;

    @Test
    void uploadCreatesThenUpdatesAndTheDocumentIsSearchable() throws Exception {
        // Four digits, as document numbers are written (and recognised: "kế hoạch 1234"); with five or more the
        // search found it by its words alone, and lost it behind other tests' plans with the same title.
        String number = Long.toString(1_000 + System.nanoTime() % 9_000);
        byte[] file = PLAN.formatted(number).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> first = upload("ke-hoach.md", file, ADMIN_TOKEN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"created\":true", "\"code\":\"" + number + "-KH/HU\"", "\"summaryGenerated\":true",
                "\"sections\":2");
        HttpResponse<String> second = upload("ke-hoach.md", file, ADMIN_TOKEN);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"created\":false");
        assertThat(count("SELECT count(*) FROM documents WHERE doc_type = 'KH' AND number = '" + number + "'")).isEqualTo(1);

        var search = http("GET", "/api/search?q=" + URLEncoder.encode("ke hoach " + number, StandardCharsets.UTF_8), null, ADMIN_TOKEN);
        assertThat(search.body()).contains("\"code\":\"" + number + "-KH/HU\"");
    }

    @Test
    void brokenFilesAreRefusedWithTheirNameAndStoreNothing() throws Exception {
        long before = count("SELECT count(*) FROM documents");
        HttpResponse<String> docx = upload("bao-cao.docx", "không phải docx".getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN);
        assertThat(docx.statusCode()).isEqualTo(422);
        assertThat(docx.body()).contains("bao-cao.docx");
        HttpResponse<String> legacy = upload("cu.txt", "NghÞ quyÕt vÒ c«ng t¸c d©n sè trong t×nh h×nh míi cña §¶ng".getBytes(StandardCharsets.ISO_8859_1),
                ADMIN_TOKEN);
        assertThat(legacy.statusCode()).isEqualTo(422);
        assertThat(legacy.body()).contains("cu.txt");
        assertThat(upload("x.md", new byte[0], ADMIN_TOKEN).statusCode()).isEqualTo(422);
        assertThat(upload("x.exe", "MZ".getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN).body()).contains("unsupported file type");
        assertThat(count("SELECT count(*) FROM documents")).isEqualTo(before);
        assertThat(upload("x.md", PLAN.getBytes(StandardCharsets.UTF_8), null).statusCode()).isEqualTo(401);
    }

    @Test
    void adminReplacesAGeneratedSummary() throws Exception {
        String number = Long.toString(System.nanoTime() % 100_000 + 200_000);
        String body = upload("kh.md", PLAN.formatted(number).getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN).body();
        long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        var put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/" + id + "/summary"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString("Tóm tắt do ban tuyên giáo huyện ủy biên soạn.", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"summaryGenerated\":false");
        assertThat(documents.findById(id).orElseThrow().summary()).isEqualTo("Tóm tắt do ban tuyên giáo huyện ủy biên soạn.");
        assertThat(http("GET", "/api/documents/999999999", null, ADMIN_TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void commandLineImportsEachFileAndReportsFailures() throws Exception {
        String number = Long.toString(System.nanoTime() % 100_000 + 400_000);
        Path good = Files.writeString(dir.resolve("tot.md"), PLAN.formatted(number));
        Path bad = Files.write(dir.resolve("hong.pdf"), "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ImportCommand(library, new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(List.of(good.toString(), bad.toString(), dir.resolve("missing.md").toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(printed).contains("tot.md: imported " + number + "-KH/HU (2 sections, summary generated)", "FAILED hong.pdf:",
                "FAILED " + dir.resolve("missing.md") + ": cannot read the file");
        assertThat(new ImportCommand(library, new PrintStream(new ByteArrayOutputStream())).run(List.of())).isEqualTo(2);
        assertThat(new ImportCommand(library, new PrintStream(new ByteArrayOutputStream())).run(List.of(good.toString()))).isZero();
    }

    @Test
    void aNewsTextWithoutDateOrSourceTakesThemFromTheForm() throws Exception {
        String place = "Thử Nghiệm " + (System.nanoTime() % 100_000);
        String news = """
                Xã %s tổ chức hội nghị học tập nghị quyết

                Sáng nay, Đảng ủy xã %s tổ chức hội nghị học tập, quán triệt nghị quyết cho toàn thể cán bộ, đảng viên.
                Hội nghị có 212 đảng viên tham dự, đạt 96,4%% tổng số đảng viên của đảng bộ xã.
                Sau hội nghị, các chi bộ tổ chức thảo luận và mỗi đảng viên viết bài thu hoạch.
                """.formatted(place, place);
        HttpResponse<String> r = upload("tin.txt", news.getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN,
                java.util.Map.of("issued", "2025-03-14", "source", "Báo Thử Nghiệm"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT issued_on::text || ' ' || issuer FROM documents WHERE title LIKE :t")
                .param("t", "%" + place + "%").query(String.class).single()).isEqualTo("2025-03-14 Báo Thử Nghiệm");
        HttpResponse<String> bad = upload("tin2.txt", news.getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN,
                java.util.Map.of("issued", "ngày mai"));
        assertThat(bad.statusCode()).as("a date that is not a date").isBetween(400, 422);
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String token) throws Exception {
        return upload(fileName, content, token, java.util.Map.of());
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String token, java.util.Map<String, String> fields)
            throws Exception {
        String boundary = "----hoctap" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
