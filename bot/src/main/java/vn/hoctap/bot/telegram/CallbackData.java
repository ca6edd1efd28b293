package vn.hoctap.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compact callback format {@code action:arg:arg} with numeric arguments. Anything else (stale
 * formats, tampering, garbage) fails to parse, so handlers only ever see well-formed data.
 * Authorisation is still checked by each handler: parsing proves shape, not ownership.
 */
public record CallbackData(String action, List<Long> args) {

    private static final Pattern SHAPE = Pattern.compile("[a-z]{1,8}(:\\d{1,15}){0,4}");

    public static String of(String action, long... args) {
        StringBuilder sb = new StringBuilder(action);
        for (long a : args) {
            sb.append(':').append(a);
        }
        String data = sb.toString();
        if (!SHAPE.matcher(data).matches()) {
            throw new IllegalArgumentException("bad callback data: " + data);
        }
        return data;
    }

    public static Optional<CallbackData> parse(String raw) {
        if (raw == null || raw.length() > Button.MAX_DATA_BYTES || !SHAPE.matcher(raw).matches()) {
            return Optional.empty();
        }
        String[] parts = raw.split(":");
        List<Long> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            args.add(Long.parseLong(parts[i]));
        }
        return Optional.of(new CallbackData(parts[0], List.copyOf(args)));
    }

    public long arg(int i) {
        return args.get(i);
    }
}
