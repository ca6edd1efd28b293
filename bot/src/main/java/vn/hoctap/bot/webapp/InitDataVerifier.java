package vn.hoctap.bot.webapp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a Mini App's {@code initData} as Telegram documents it: the fields except {@code hash},
 * sorted and joined as {@code key=value} lines, signed with HMAC-SHA256 under the key
 * HMAC-SHA256("WebAppData", bot token). Refuses a wrong or missing hash, an {@code auth_date}
 * older than {@code maxAge} (or from the future), and anything oversized or malformed.
 */
final class InitDataVerifier {

    static final int MAX_LENGTH = 4096;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] secret;
    private final Duration maxAge;
    private final Clock clock;

    InitDataVerifier(String botToken, Duration maxAge, Clock clock) {
        this.secret = botToken == null || botToken.isBlank() ? null : hmac("WebAppData".getBytes(StandardCharsets.UTF_8),
                botToken.getBytes(StandardCharsets.UTF_8));
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The Telegram user id the data vouches for, or empty when it must be refused. */
    Optional<Long> userId(String initData) {
        if (secret == null || initData == null || initData.isEmpty() || initData.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        TreeMap<String, String> fields = new TreeMap<>();
        for (String pair : initData.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            try {
                String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                if (fields.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String hash = fields.remove("hash");
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        StringBuilder check = new StringBuilder();
        fields.forEach((k, v) -> check.append(check.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        byte[] expected = hmac(secret, check.toString().getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(hash))) {
            return Optional.empty();
        }
        return fresh(fields.get("auth_date")) ? user(fields.get("user")) : Optional.empty();
    }

    private boolean fresh(String authDate) {
        if (authDate == null || !authDate.matches("\\d{1,12}")) {
            return false;
        }
        Instant signed = Instant.ofEpochSecond(Long.parseLong(authDate));
        Instant now = clock.instant();
        return !signed.isBefore(now.minus(maxAge)) && !signed.isAfter(now.plus(CLOCK_SKEW));
    }

    private static Optional<Long> user(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode id = JSON.readTree(json).path("id");
            return id.isIntegralNumber() ? Optional.of(id.asLong()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
