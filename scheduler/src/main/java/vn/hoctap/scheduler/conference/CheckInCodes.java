package vn.hoctap.scheduler.conference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The rotating check-in code of a connection point: {@code ci<point>_<slot>_<mac>}, where the slot
 * is the 30-second period and the MAC an HMAC-SHA256 of point and slot under the point's own random
 * key (stored with the point, so every instance agrees). It fits Telegram's /start payload (64
 * characters of A-Z a-z 0-9 _ -). The current and the previous slot are accepted, so a code shown
 * just before it changes still works while the member's phone opens Telegram.
 */
@Component
public class CheckInCodes {

    public static final long SLOT_SECONDS = 30;
    private static final Pattern SHAPE = Pattern.compile("ci(\\d{1,12})_(\\d{1,12})_([A-Za-z0-9_-]{16})");

    /** What a scanned code says. */
    public sealed interface Verdict {
    }

    public record Valid(long pointId) implements Verdict {
    }

    /** Genuine, but older than the previous slot (a photo of the screen, a stale forward). */
    public record Expired(long pointId) implements Verdict {
    }

    /** Not a code of ours: wrong shape, unknown point or a MAC that does not match. */
    public record Invalid() implements Verdict {
    }

    private final ConferenceRepository repository;
    private final Map<Long, byte[]> secrets = new ConcurrentHashMap<>();

    CheckInCodes(ConferenceRepository repository) {
        this.repository = repository;
    }

    public static boolean looksLikeCode(String text) {
        return text != null && text.startsWith("ci") && text.length() <= 64;
    }

    public static long slot(Instant at) {
        return at.getEpochSecond() / SLOT_SECONDS;
    }

    /** Seconds until the code shown at {@code at} changes. */
    public static long secondsLeft(Instant at) {
        return SLOT_SECONDS - at.getEpochSecond() % SLOT_SECONDS;
    }

    public String code(long pointId, Instant at) {
        long slot = slot(at);
        return "ci" + pointId + "_" + slot + "_" + mac(secretOf(pointId), pointId, slot);
    }

    public Verdict verify(String code, Instant now) {
        Matcher m = code == null ? null : SHAPE.matcher(code);
        if (m == null || !m.matches()) {
            return new Invalid();
        }
        long pointId = Long.parseLong(m.group(1));
        long slot = Long.parseLong(m.group(2));
        byte[] secret = secretOf(pointId);
        if (secret == null || !MessageDigest.isEqual(mac(secret, pointId, slot).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid();
        }
        long current = slot(now);
        return slot == current || slot == current - 1 ? new Valid(pointId) : new Expired(pointId);
    }

    private byte[] secretOf(long pointId) {
        byte[] known = secrets.get(pointId);
        if (known != null) {
            return known;
        }
        byte[] loaded = repository.secret(pointId);
        if (loaded != null) {
            secrets.put(pointId, loaded);
        }
        return loaded;
    }

    static String mac(byte[] secret, long pointId, long slot) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = hmac.doFinal((pointId + ":" + slot).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(full).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
