package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;

/** The library's authoring format: front matter keys, heading sections, and errors that name the key. */
class MarkdownReaderTests {

    private static final String FRONT_MATTER = """
            ---
            type: NQ
            number: "18"
            issuer: TW
            issued: 2017-10-25
            term: XII
            plenum: 6
            title: "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy"
            summary: |
              Nghị quyết yêu cầu sắp xếp bộ máy tinh gọn.

              Hoạt động hiệu lực, hiệu quả.
            key_points:
              - "Giảm đầu mối, giảm cấp phó."
              - Tinh giản biên chế gắn với vị trí việc làm.
            ---
            """;

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void readsFrontMatterAndHeadingSections() {
        NewDocument doc = read(FRONT_MATTER + """
                Nghị quyết được ban hành tại Hội nghị Trung ương 6.

                # I. TÌNH HÌNH VÀ NGUYÊN NHÂN
                Bộ máy còn cồng kềnh.

                Nhiều tầng nấc.
                ## 1. Mục tiêu tổng quát
                ### a) Về tổ chức
                Giảm đầu mối.
                """);

        assertThat(doc.code()).isEqualTo("18-NQ/TW");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
        assertThat(doc.term()).isEqualTo("XII");
        assertThat(doc.plenum()).isEqualTo(6);
        assertThat(doc.title()).isEqualTo("Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy");
        assertThat(doc.summary()).isEqualTo("Nghị quyết yêu cầu sắp xếp bộ máy tinh gọn.\n\nHoạt động hiệu lực, hiệu quả.");
        assertThat(doc.keyPoints()).containsExactly("Giảm đầu mối, giảm cấp phó.", "Tinh giản biên chế gắn với vị trí việc làm.");
        assertThat(doc.sections()).containsExactly(
                new Section(1, "Mở đầu", "Nghị quyết được ban hành tại Hội nghị Trung ương 6."),
                new Section(1, "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", "Bộ máy còn cồng kềnh.\n\nNhiều tầng nấc."),
                new Section(2, "1. Mục tiêu tổng quát", ""),
                new Section(3, "a) Về tổ chức", "Giảm đầu mối."));
    }

    @Test
    void optionalKeysMayBeLeftOutAndBlankIntroIsNotASection() {
        NewDocument doc = read("---\ntype: QD\nnumber: \"05\"\nissuer: TW\nissued: 2021-11-03\ntitle: Quy định\n---\n\n\n# Điều 1\nNội dung.\n");

        assertThat(doc.code()).isEqualTo("05-QĐ/TW");
        assertThat(doc.term()).isNull();
        assertThat(doc.plenum()).isNull();
        assertThat(doc.summary()).isNull();
        assertThat(doc.keyPoints()).isEmpty();
        assertThat(doc.sections()).containsExactly(new Section(1, "Điều 1", "Nội dung."));
    }

    @Test
    void unquotedNumberKeepsItsLeadingZero() {
        assertThat(read(FRONT_MATTER.replace("number: \"18\"", "number: 05") + "# I.\n").number()).isEqualTo("05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "number", "issuer", "issued", "title"})
    void missingRequiredKeyIsNamed(String key) {
        String yaml = FRONT_MATTER.lines().filter(l -> !l.startsWith(key + ":")).reduce("", (a, b) -> a + b + "\n");

        assertFails(yaml + "# I. MỤC TIÊU\n", "front matter key '" + key + "' is missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "issued: 2017-10-25 | issued: 25/10/2017 | front matter key 'issued' is '25/10/2017' but must be a date",
            "issued: 2017-10-25 | issued: 2017-02-30 | front matter key 'issued'",
            "term: XII | term: 12 | front matter key 'term' is '12' but must be Roman numerals",
            "plenum: 6 | plenum: sáu | front matter key 'plenum' is 'sáu' but must be a whole number",
            "type: NQ | type: Nghị quyết | front matter key 'type' is 'Nghị quyết' but must be one of",
            "number: \"18\" | number: 18-NQ/TW | front matter key 'number'",
            "issuer: TW | issuer: Trung ương Đảng | front matter key 'issuer'",
            "title: \"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy\" | title: [a, b] | front matter key 'title' must be a single value",
            "plenum: 6 | plenum: 6\\nplenum: 7 | plenum",
            "plenum: 6 | plenums: 6 | unknown front matter key 'plenums'",
            "key_points: | key_points: một ý | front matter key 'key_points' must be a list"})
    void invalidValueNamesTheKey(String line, String replacement, String message) {
        assertFails(FRONT_MATTER.replace(line, replacement.replace("\\n", "\n")) + "# I. MỤC TIÊU\n", message);
    }

    @Test
    void missingFrontMatterFails() {
        assertFails("# I. MỤC TIÊU\nNội dung.\n", "missing YAML front matter");
    }

    @Test
    void unclosedFrontMatterFails() {
        assertFails("---\ntype: NQ\n# I. MỤC TIÊU\n", "not closed");
    }

    @Test
    void invalidYamlFails() {
        assertFails("---\ntype: NQ\ntitle: \"chưa đóng\n---\n# I.\n", "not valid YAML");
    }

    @Test
    void documentWithoutBodyOrSummaryFails() {
        String noSummary = FRONT_MATTER.replaceAll("(?s)summary: \\|.*?key_points", "key_points");

        assertThat(noSummary).doesNotContain("summary");
        assertFails(noSummary, "neither body text");
        assertThat(read(FRONT_MATTER).sections()).isEmpty();
    }

    @Test
    void headingsInsideCodeFencesAreText() {
        List<Section> sections = MarkdownDocuments.sections(List.of("# A", "```", "# not a heading", "```"));

        assertThat(sections).containsExactly(new Section(1, "A", "```\n# not a heading\n```"));
    }

    private NewDocument read(String markdown) {
        return readers.read("doc.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private void assertFails(String markdown, String message) {
        assertThatThrownBy(() -> read(markdown)).isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith("doc.md: ").hasMessageContaining(message);
    }
}
