package vn.hoctap.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written callback data reader accepts exactly the documented shape. */
class CallbackDataTests {

    private static final Pattern SHAPE = Pattern.compile("[a-z]{1,8}(:\\d{1,15}){0,4}");

    @Test
    void wellFormedDataIsReadWithItsArguments() {
        assertThat(CallbackData.parse("p:12:3")).contains(new CallbackData("p", List.of(12L, 3L)));
        assertThat(CallbackData.parse("l")).contains(new CallbackData("l", List.of()));
        assertThat(CallbackData.parse("abcdefgh:123456789012345:0:0:9")).isPresent();
        assertThat(CallbackData.of("o", 7)).isEqualTo("o:7");
    }

    @Test
    void otherShapesAreRefused() {
        for (String bad : List.of("", ":1", "P:1", "p:", "p::1", "p:1:", "p:-1", "abcdefghi:1", "p:1234567890123456", "p:1:2:3:4:5",
                "p:1a", "p 1", "đ:1", "p:١")) {
            assertThat(CallbackData.parse(bad)).as(bad).isEmpty();
        }
        assertThat(CallbackData.parse(null)).isEmpty();
        assertThat(CallbackData.parse("a:1:1:1:1" + "1".repeat(60))).isEmpty();
        assertThatThrownBy(() -> CallbackData.of("p", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomData() {
        Random random = new Random(18);
        String alphabet = "ab:0123456789zZ-x";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = s.toString();
            assertThat(CallbackData.parse(raw).isPresent()).as(raw).isEqualTo(SHAPE.matcher(raw).matches());
        }
    }
}
