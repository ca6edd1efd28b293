package vn.hoctap.content.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hoctap.content.importing.LegacyEncodingDetector.Legacy;

/** TCVN3/VNI mojibake is caught; real Unicode Vietnamese, stray symbols and foreign names are not. */
class LegacyEncodingDetectorTests {

    private static final String[] SENTENCES = {
            "Nghị quyết của Bộ Chính trị về tăng cường xây dựng, chỉnh đốn Đảng.",
            "Các cấp ủy, tổ chức đảng phải quán triệt sâu sắc tinh thần của Nghị quyết.",
            "Người đứng đầu chịu trách nhiệm về kết quả sắp xếp bộ máy ở nơi mình phụ trách.",
            "Đến năm 2021 giảm tối thiểu 10% biên chế so với năm 2015.",
            "ĐẢNG CỘNG SẢN VIỆT NAM — Ủy ban Kiểm tra Trung ương."};

    @Test
    void recognisesTheExamplesAdminsSee() {
        assertThat(LegacyEncodingDetector.detect("NghÞ quyÕt cña §¶ng vµ Bé ChÝnh trÞ")).contains(Legacy.TCVN3);
        assertThat(LegacyEncodingDetector.detect("Nghò quyeát cuûa Ñaûng vaø Boä Chính trò")).contains(Legacy.VNI);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void detectsEachSentenceTypedInTcvn3(int i) {
        assertThat(LegacyEncodingDetector.detect(LegacyFonts.tcvn3(SENTENCES[i]))).contains(Legacy.TCVN3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void detectsEachSentenceTypedInVni(int i) {
        assertThat(LegacyEncodingDetector.detect(LegacyFonts.vni(SENTENCES[i]))).contains(Legacy.VNI);
    }

    @Test
    void detectsWholeDocumentsAndUnicodeHeaderOverLegacyBody() {
        String text = String.join("\n", SENTENCES);

        assertThat(LegacyEncodingDetector.detect(LegacyFonts.tcvn3(text))).contains(Legacy.TCVN3);
        assertThat(LegacyEncodingDetector.detect(LegacyFonts.vni(text))).contains(Legacy.VNI);
        assertThat(LegacyEncodingDetector.detect(SENTENCES[4] + "\n" + LegacyFonts.tcvn3(text))).contains(Legacy.TCVN3);
    }

    @Test
    void unicodeVietnameseIsNotFlagged() {
        assertThat(LegacyEncodingDetector.detect(String.join("\n", SENTENCES))).isEmpty();
        assertThat(LegacyEncodingDetector.detect(OfficialSamples.text())).isEmpty();
    }

    @Test
    void strayLatin1SymbolsAndForeignNamesInUnicodeTextAreNotFlagged() {
        String text = String.join(" ", SENTENCES) + " Tỉ lệ 3 ÷ 4, © Nhà xuất bản Chính trị quốc gia Sự thật,"
                + " «Tuyên ngôn» của Marx và Engels, nhà kinh tế học Müller, phố Hàng Bông · trang 5 § 2.";

        assertThat(LegacyEncodingDetector.detect(text)).isEmpty();
    }

    @Test
    void plainAsciiAndWesternTextAreNotFlagged() {
        assertThat(LegacyEncodingDetector.detect("Resolution 18-NQ/TW, issued 25 October 2017.")).isEmpty();
        assertThat(LegacyEncodingDetector.detect("Café crème à la française, déjà vu.")).isEmpty();
        assertThat(LegacyEncodingDetector.detect("")).isEmpty();
    }
}
