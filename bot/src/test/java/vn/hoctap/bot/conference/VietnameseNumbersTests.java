package vn.hoctap.bot.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures as results reports write them: "43.297 đảng viên, đạt 98,3%". */
class VietnameseNumbersTests {

    @Test
    void thousandsTakeDotsAndPercentagesADecimalComma() {
        assertThat(VietnameseNumbers.count(43_297)).isEqualTo("43.297");
        assertThat(VietnameseNumbers.count(1_000_000)).isEqualTo("1.000.000");
        assertThat(VietnameseNumbers.count(205)).isEqualTo("205");
        assertThat(VietnameseNumbers.count(0)).isEqualTo("0");
        assertThat(VietnameseNumbers.percent(43_297, 44_046)).isEqualTo("98,3");
        assertThat(VietnameseNumbers.percent(28_029, 42_990)).isEqualTo("65,2");
        assertThat(VietnameseNumbers.percent(45, 60)).isEqualTo("75,0");
        assertThat(VietnameseNumbers.percent(60, 60)).isEqualTo("100,0");
        assertThat(VietnameseNumbers.percent(0, 0)).isEqualTo("0,0");
    }
}
