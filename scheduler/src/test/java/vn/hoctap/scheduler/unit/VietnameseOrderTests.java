package vn.hoctap.scheduler.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unit names as a Vietnamese reader orders them: numbers by value, đ after d, accents after the plain letter. */
class VietnameseOrderTests {

    @Test
    void numbersCompareByValueAndVietnameseLettersByTheAlphabet() {
        List<String> names = new ArrayList<>(List.of("Chi bộ 10", "Chi bộ thôn Đông", "Chi bộ 2", "Chi bộ thôn Dương", "Chi bộ 1",
                "Chi bộ thôn Ấp", "Chi bộ thôn An"));
        names.sort(VietnameseOrder.NAMES);
        assertThat(names).containsExactly("Chi bộ 1", "Chi bộ 2", "Chi bộ 10", "Chi bộ thôn An", "Chi bộ thôn Ấp", "Chi bộ thôn Dương",
                "Chi bộ thôn Đông");
    }
}
