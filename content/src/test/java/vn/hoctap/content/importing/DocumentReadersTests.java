package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hoctap.content.document.NewDocument;
import vn.hoctap.content.document.Section;

/** Whole files in, documents or file-naming errors out: formats agree, bad files are refused. */
class DocumentReadersTests {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void sameOfficialTextReadsTheSameFromTxtDocxAndPdf() {
        NewDocument txt = readers.read("18-NQ-TW.txt", OfficialSamples.txt());
        NewDocument docx = readers.read("18-NQ-TW.docx", OfficialSamples.docx());
        NewDocument pdf = readers.read("18-NQ-TW.pdf", OfficialSamples.pdf());

        for (NewDocument doc : List.of(txt, docx, pdf)) {
            assertThat(doc.code()).isEqualTo("18-NQ/TW");
            assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
            assertThat(doc.term()).isEqualTo("XII");
            assertThat(doc.plenum()).isEqualTo(6);
            assertThat(doc.title()).isEqualTo(OfficialSamples.TITLE);
            assertThat(doc.summary()).isNull();
            assertThat(doc.sections()).extracting(Section::heading).containsExactlyElementsOf(OfficialSamples.HEADINGS);
            assertThat(doc.sections()).extracting(Section::level).containsExactly(1, 2, 2, 1, 2, 3, 3, 2, 1);
        }
        assertThat(docx.sections()).isEqualTo(txt.sections());
        assertThat(pdf.sections()).isEqualTo(txt.sections());
        assertThat(txt.sections().get(1).text()).isEqualTo("Qua hơn 30 năm đổi mới, tổ chức bộ máy của hệ thống chính trị"
                + " đã từng bước được sắp xếp, kiện toàn.\nChức năng, nhiệm vụ của nhiều cơ quan được xác định rõ hơn.");
    }

    @Test
    void extensionIsCaseInsensitive() {
        assertThat(readers.read("NGHI-QUYET.TXT", OfficialSamples.txt()).number()).isEqualTo("18");
        assertThat(readers.read("Nghi quyet.Docx", OfficialSamples.docx()).number()).isEqualTo("18");
    }

    @Test
    void decomposedInputComesOutComposed() {
        byte[] nfd = Normalizer.normalize(OfficialSamples.text(), Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);

        NewDocument doc = readers.read("nfd.txt", nfd);

        assertThat(doc.title()).isEqualTo(OfficialSamples.TITLE);
        assertThat(doc.term()).isEqualTo("XII");
        assertThat(doc.sections()).allSatisfy(s -> {
            assertThat(Normalizer.isNormalized(s.heading(), Normalizer.Form.NFC)).isTrue();
            assertThat(Normalizer.isNormalized(s.text(), Normalizer.Form.NFC)).isTrue();
        });
        assertThat(doc.sections().get(0).heading()).isEqualTo("I. TÌNH HÌNH VÀ NGUYÊN NHÂN");
    }

    @Test
    void readsUtf16TextWithByteOrderMark() {
        byte[] utf16 = ("\uFEFF" + OfficialSamples.text()).getBytes(StandardCharsets.UTF_16LE);

        assertThat(readers.read("windows.txt", utf16).code()).isEqualTo("18-NQ/TW");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.md", "a.docx", "a.pdf"})
    void emptyFileFails(String name) {
        assertFailure(name, new byte[0], "the file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blank.txt", "blank.md"})
    void blankFileFails(String name) {
        assertFailure(name, " \n\t\n ".getBytes(StandardCharsets.UTF_8), "no text");
    }

    @Test
    void pdfWithoutTextLayerFails() {
        assertFailure("scan.pdf", TestFiles.pdfWithoutText(), "no text layer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken.docx", "broken.pdf"})
    void garbageBytesFail(String name) {
        assertFailure(name, "this is not a real file \u0001\u0002".getBytes(StandardCharsets.UTF_8), "the content is not");
    }

    @Test
    void pdfNamedDocxFailsSayingWhatItIs() {
        assertFailure("nghi-quyet.docx", OfficialSamples.pdf(), "looks like a PDF");
    }

    @Test
    void docxNamedPdfFails() {
        assertFailure("nghi-quyet.pdf", OfficialSamples.docx(), "not a PDF file");
    }

    @Test
    void truncatedDocxFails() {
        byte[] docx = OfficialSamples.docx();
        assertFailure("cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2), "the content is not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghi-quyet.doc", "nghi-quyet.rtf", "README", "x.pdf.exe"})
    void unsupportedExtensionFails(String name) {
        assertFailure(name, OfficialSamples.txt(), "unsupported file type");
        assertThatThrownBy(() -> readers.read(name, OfficialSamples.txt())).hasMessageContaining("use .md, .txt, .docx or .pdf");
    }

    @Test
    void textThatIsNotUtf8Fails() {
        byte[] latin1 = "Số 18 – café".getBytes(StandardCharsets.ISO_8859_1);
        assertFailure("latin1.txt", latin1, "not UTF-8");
    }

    @Test
    void tcvn3TextFailsInEveryFormat() {
        List<String> body = OfficialSamples.BODY.stream().map(LegacyFonts::tcvn3).toList();
        String text = OfficialSamples.text(body);
        String reason = "text looks like TCVN3 (legacy font); convert it to Unicode (e.g. with Unikey's converter)";

        assertFailure("tcvn3.txt", text.getBytes(StandardCharsets.UTF_8), reason);
        assertFailure("tcvn3-8bit.txt", text.getBytes(StandardCharsets.ISO_8859_1), reason);
        assertFailure("tcvn3.docx", TestFiles.docx(OfficialSamples.HEADER_LEFT, OfficialSamples.HEADER_RIGHT, body), reason);
        assertFailure("tcvn3.pdf", TestFiles.pdf(OfficialSamples.HEADER_LEFT, OfficialSamples.HEADER_RIGHT, body), reason);
        assertFailure("tcvn3.md", ("---\ntitle: x\n---\n" + text).getBytes(StandardCharsets.UTF_8), reason);
    }

    @Test
    void vniTextFails() {
        List<String> body = OfficialSamples.BODY.stream().map(LegacyFonts::vni).toList();
        byte[] docx = TestFiles.docx(OfficialSamples.HEADER_LEFT, OfficialSamples.HEADER_RIGHT, body);

        assertFailure("vni.docx", docx, "text looks like VNI (legacy font)");
        assertFailure("vni.txt", OfficialSamples.text(body).getBytes(StandardCharsets.UTF_8), "text looks like VNI");
    }

    @Test
    void officialTextErrorsNameTheFile() {
        String noNumber = OfficialSamples.text().replace("Số 18-NQ/TW", "");
        assertFailure("so-thieu.txt", noNumber.getBytes(StandardCharsets.UTF_8), "cannot find the document number");
    }

    private void assertFailure(String name, byte[] content, String reason) {
        assertThatThrownBy(() -> readers.read(name, content))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ImportFailedException) e).fileName()).isEqualTo(name));
    }
}
