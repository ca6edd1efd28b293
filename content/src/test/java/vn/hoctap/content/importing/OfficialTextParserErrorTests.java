package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Official texts missing a header field or sections are refused with a message saying what is missing. */
class OfficialTextParserErrorTests {

    private static final String HEADER = OfficialSamples.SHORT_HEADER;

    @Test
    void missingNumberFails() {
        assertThatThrownBy(() -> OfficialTextParser.parse(HEADER.replace("Số 18-NQ/TW", "") + "I. MỤC TIÊU\n"))
                .isInstanceOf(ImportProblem.class)
                .hasMessage("cannot find the document number (e.g. 'Số 18-NQ/TW') in the header");
    }

    @Test
    void missingDateFails() {
        assertThatThrownBy(() -> OfficialTextParser.parse(HEADER.replace("Hà Nội, ngày 25 tháng 10 năm 2017", "Hà Nội")
                + "I. MỤC TIÊU\n"))
                .isInstanceOf(ImportProblem.class)
                .hasMessageStartingWith("cannot find the date (e.g. 'Hà Nội, ngày 25 tháng 10 năm 2017') in the header");
    }

    @Test
    void impossibleDateFails() {
        assertThatThrownBy(() -> OfficialTextParser.parse(HEADER.replace("ngày 25 tháng 10", "ngày 31 tháng 2") + "I. MỤC TIÊU\n"))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("is not a real date");
    }

    @Test
    void missingTypeLineFails() {
        assertThatThrownBy(() -> OfficialTextParser.parse(HEADER.replace("NGHỊ QUYẾT\n", "") + "I. MỤC TIÊU\n"))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("cannot find the document type line");
    }

    @Test
    void bodyWithoutHeadingsFails() {
        assertThatThrownBy(() -> OfficialTextParser.parse(HEADER + "\nChỉ có một đoạn văn không có đề mục nào cả.\n"))
                .isInstanceOf(ImportProblem.class).hasMessageStartingWith("found no sections");
    }
}
