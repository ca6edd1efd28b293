package vn.hoctap.bot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The cumulative line chart: a single day is drawn (a dot with its figure), several days a line. */
class ChartsTests {

    private static final Charts.Names NAMES = new Charts.Names("Đã xác nhận", "Cộng dồn theo ngày", Locale.forLanguageTag("vi"));

    @Test
    void aSingleDayIsADotWithItsFigureAndItsDateOnce() {
        String svg = Charts.line(List.of(new Charts.Point("28/11", 1234)), NAMES);
        assertThat(svg).contains("<circle", ">1.234</text>");
        assertThat(svg.split(">28/11<", -1)).as("the date once, not at both ends").hasSize(2);
    }

    @Test
    void severalDaysAreALineBetweenTheFirstAndLastDates() {
        String svg = Charts.line(List.of(new Charts.Point("27/11", 3), new Charts.Point("28/11", 9)), NAMES);
        assertThat(svg).contains("<path d=\"M", ">27/11<", ">28/11<").containsPattern("d=\"M[0-9. ]+L").doesNotContain("<circle");
    }
}
