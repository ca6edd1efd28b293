package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Bounds on what one document may hold, each refused with a message that says what and how much,
 * and a zip bomb named as such rather than as "not a Word file".
 */
class DocumentLimitsTests {

    private static final String FRONT_MATTER = """
            ---
            type: NQ
            number: "99"
            issuer: TW
            issued: 2017-10-25
            title: "Văn bản thử giới hạn"
            ---
            """;

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void aDocxZipBombIsReportedAsSuch() throws Exception {
        assertThatThrownBy(() -> readers.read("bom.docx", zipBomb()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("zip bomb")
                .hasMessageNotContaining("not a Word .docx file");
    }

    @Test
    void textBeyondTheLimitIsRefusedWithTheNumbers() {
        String line = "Đây là một đoạn văn bản dài dùng để thử giới hạn số ký tự của một văn bản.\n";
        byte[] text = (FRONT_MATTER + "# I. NỘI DUNG\n\n" + line.repeat(DocumentLimits.MAX_TEXT_CHARS / line.length() + 10))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readers.read("dai.md", text)).isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("at most 2,000,000 are accepted");
    }

    @Test
    void sectionsBeyondTheLimitAreRefused() {
        StringBuilder md = new StringBuilder(FRONT_MATTER);
        for (int i = 1; i <= DocumentLimits.MAX_SECTIONS + 5; i++) {
            md.append("# Mục ").append(i).append("\n\nNội dung của mục ").append(i).append(".\n\n");
        }
        assertThatThrownBy(() -> readers.read("nhieu-muc.md", md.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("sections; at most 3,000 are accepted");
    }

    /** A valid-looking .docx whose document part inflates about a thousandfold. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + "a".repeat(60_000_000) + "</w:t></w:r></w:p></w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
