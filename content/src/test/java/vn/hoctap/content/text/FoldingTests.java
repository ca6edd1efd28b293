package vn.hoctap.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FoldingTests {

    @Test
    void removesDiacriticsAndLowerCases() {
        assertThat(Folding.fold("Nghị quyết Đảng về tổ chức BỘ MÁY")).isEqualTo("nghi quyet dang ve to chuc bo may");
    }

    @Test
    void decomposedInputFoldsTheSame() {
        String nfd = Normalizer.normalize("Quy định số 41-QĐ/TW", Normalizer.Form.NFD);
        assertThat(Folding.fold(nfd)).isEqualTo("quy dinh so 41-qd/tw");
    }
}
