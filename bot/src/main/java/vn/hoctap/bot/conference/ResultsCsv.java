package vn.hoctap.bot.conference;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.hoctap.scheduler.conference.ConferenceResults;

/**
 * The conference's results by unit as CSV for Excel (semicolons, decimal comma, UTF-8 with BOM):
 * convened, attended and %, studied after make-up and %, non-member participants.
 */
final class ResultsCsv {

    private ResultsCsv() {
    }

    static ResponseEntity<byte[]> of(ConferenceResults.Report report) {
        StringBuilder csv = new StringBuilder("\uFEFFĐơn vị;Triệu tập;Dự hội nghị;Tỉ lệ (%);Đã học tập (kể cả học bù);Tỉ lệ (%);Người ngoài Đảng\r\n");
        for (ConferenceResults.Row r : report.children()) {
            row(csv, r);
        }
        row(csv, report.total());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ket-qua-hoi-nghi-" + report.conference().id() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder csv, ConferenceResults.Row r) {
        String name = r.unitName().contains(";") || r.unitName().contains("\"") ? "\"" + r.unitName().replace("\"", "\"\"") + "\"" : r.unitName();
        csv.append(name).append(';').append(r.convened()).append(';').append(r.attended()).append(';')
                .append(VietnameseNumbers.percent(r.attended(), r.convened())).append(';').append(r.studied()).append(';')
                .append(VietnameseNumbers.percent(r.studied(), r.convened())).append(';').append(r.nonMembers()).append("\r\n");
    }
}
