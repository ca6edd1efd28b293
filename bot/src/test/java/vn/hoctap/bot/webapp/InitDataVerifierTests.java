package vn.hoctap.bot.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.hoctap.bot.testing.InitData;

/** Telegram's initData check: the signature over the sorted fields, freshness, and shape. */
class InitDataVerifierTests {

    private static final String TOKEN = "424242:VERIFIER-TOKEN";
    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    private final InitDataVerifier verifier = new InitDataVerifier(TOKEN, Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshSignedInitDataNamesItsUser() {
        assertThat(verifier.userId(InitData.signed(TOKEN, 123456789L, "An", NOW.minusSeconds(30)))).contains(123456789L);
    }

    @Test
    void anotherBotsSignatureAChangedFieldOrAMissingHashIsRefused() {
        String good = InitData.signed(TOKEN, 5L, "An", NOW);
        assertThat(verifier.userId(InitData.signed("111:OTHER-BOT", 5L, "An", NOW))).isEmpty();
        assertThat(verifier.userId(good.replace("auth_date=" + NOW.getEpochSecond(), "auth_date=" + (NOW.getEpochSecond() - 1))))
                .isEmpty();
        assertThat(verifier.userId(good.replaceAll("&?hash=[0-9a-f]+", ""))).isEmpty();
        assertThat(verifier.userId(good + "&hash=" + "0".repeat(64))).as("a field given twice").isEmpty();
        assertThat(verifier.userId("%zz=1&hash=" + "0".repeat(64))).isEmpty();
        assertThat(verifier.userId("x".repeat(5000))).isEmpty();
        assertThat(verifier.userId(null)).isEmpty();
    }

    @Test
    void staleOrFutureAuthDatesAreRefused() {
        assertThat(verifier.userId(InitData.signed(TOKEN, 5L, "An", NOW.minus(Duration.ofHours(25))))).isEmpty();
        assertThat(verifier.userId(InitData.signed(TOKEN, 5L, "An", NOW.minus(Duration.ofHours(23))))).contains(5L);
        assertThat(verifier.userId(InitData.signed(TOKEN, 5L, "An", NOW.plus(Duration.ofMinutes(10))))).isEmpty();
    }

    @Test
    void withoutABotTokenNothingIsAccepted() {
        InitDataVerifier off = new InitDataVerifier("", Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(off.userId(InitData.signed(TOKEN, 5L, "An", NOW))).isEmpty();
    }
}
