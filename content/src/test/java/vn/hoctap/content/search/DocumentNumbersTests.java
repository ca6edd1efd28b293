package vn.hoctap.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18-NQ/TW|nq-18-tw", "18-nq/tw|nq-18-tw", "Nghị quyết 18-NQ/TW|nq-18-tw", "nq 18|nq-18", "NQ18|nq-18",
        "18nq|nq-18", "18 NQ|nq-18", "nghị quyết số 18|nq-18", "nghi quyet so 18|nq-18", "ket luan 21|kl-21",
        "Kết luận số 21|kl-21", "41-QĐ/TW|qd-41-tw", "quy định 41|qd-41", "qd41|qd-41", "chỉ thị 05|ct-5",
        "05-CT/TW|ct-5-tw", "nq-18|nq-18"})
    void recognisesCommonWaysOfWritingANumber(String query, String key) {
        assertThat(DocumentNumbers.extract(query).keys()).contains(key);
    }

    @Test
    void remainderKeepsTheTopicWords() {
        var e = DocumentNumbers.extract("nghị quyết 18 tinh gọn bộ máy");
        assertThat(e.keys()).containsExactly("nq-18");
        assertThat(e.remainder()).isEqualTo("tinh gon bo may");
    }

    @Test
    void plainNumbersAndWordsAreNotDocumentNumbers() {
        assertThat(DocumentNumbers.extract("đến năm 2030 dân số 104 triệu").keys()).isEmpty();
        assertThat(DocumentNumbers.extract("nghị quyết về dân số").keys()).isEmpty();
    }

    @Test
    void documentsAreIndexedWithAndWithoutIssuer() {
        assertThat(DocumentNumbers.keysOf("QĐ", "41", "TW")).containsExactlyInAnyOrder("qd-41", "qd-41-tw");
        assertThat(DocumentNumbers.keysOf("CT", "05", "TW")).contains("ct-5");
    }
}
