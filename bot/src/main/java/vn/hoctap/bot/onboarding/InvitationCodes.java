package vn.hoctap.bot.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Invitation codes: 20 random characters from an alphabet without look-alikes (no 0/O, 1/l/I), which
 * fits Telegram's start parameter (A-Z, a-z, 0-9, _ and -, at most 64) and can be typed from paper.
 */
final class InvitationCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();

    String newCode() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Exactly what {@link #newCode} makes, alone or as the {@code start} parameter of a t.me link. */
    private static final Pattern PASTED = Pattern.compile(
            "\\s*(?:(?:https?://)?t\\.me/[A-Za-z0-9_]{1,64}\\?start=)?([" + ALPHABET + "]{" + LENGTH + "})\\s*");

    /** The code in a text that is nothing but an invitation code or link. */
    static java.util.Optional<String> pasted(String text) {
        if (text == null || text.length() > 200) {
            return java.util.Optional.empty();
        }
        var m = PASTED.matcher(text);
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    static boolean looksLikeCode(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
