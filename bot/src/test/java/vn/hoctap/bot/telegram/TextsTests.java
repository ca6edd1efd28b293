package vn.hoctap.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Numbers passed to a text read exactly as MessageFormat writes them in Vietnamese. */
class TextsTests {

    @Test
    void numbersReadAsMessageFormatWritesThem() {
        Locale vi = Locale.forLanguageTag("vi");
        StaticMessageSource source = new StaticMessageSource();
        String pattern = "Đã học {0}/{1} ({2}%), điểm {3}, mã {4}, còn {5} ngày, ''{6}''";
        source.addMessage("progress", vi, pattern);
        Texts texts = new Texts(source, ZoneId.of("Asia/Ho_Chi_Minh"));
        Object[] args = {0, 999, 1000L, -3, 1_234_567L, (short) 12, 2.5};
        assertThat(texts.get("progress", args)).isEqualTo(new MessageFormat(pattern, vi).format(args))
                .contains("0/999", "1.000");
    }
}
