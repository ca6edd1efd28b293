package vn.hoctap.bot.telegram;

import java.util.List;
import java.util.Optional;

/**
 * The compact callback format {@code action:arg:arg} with numeric arguments. Anything else (stale
 * formats, tampering, garbage) fails to parse, so handlers only ever see well-formed data.
 * Authorisation is still checked by each handler: parsing proves shape, not ownership.
 */
public record CallbackData(String action, List<Long> args) {

    /** Most arguments, most letters in an action code, most digits in an argument. */
    private static final int MAX_ARGS = 4;
    private static final int MAX_CODE = 8;
    private static final int MAX_DIGITS = 15;

    public static String of(String action, long... args) {
        StringBuilder sb = new StringBuilder(action);
        for (long a : args) {
            sb.append(':').append(a);
        }
        String data = sb.toString();
        if (read(data) == null) {
            throw new IllegalArgumentException("bad callback data: " + data);
        }
        return data;
    }

    public static Optional<CallbackData> parse(String raw) {
        if (raw == null || raw.length() > Button.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(raw));
    }

    /**
     * Reads {@code [a-z]{1,8}(:[0-9]{1,15}){0,4}} by hand (this runs for every button pressed, once per
     * handler asked whether it accepts it); null if the data has another shape.
     */
    private static CallbackData read(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && raw.charAt(i) >= 'a' && raw.charAt(i) <= 'z') {
            i++;
        }
        if (i == 0 || i > MAX_CODE) {
            return null;
        }
        String action = raw.substring(0, i);
        Long[] args = new Long[MAX_ARGS];
        int count = 0;
        while (i < n) {
            if (raw.charAt(i) != ':' || count == MAX_ARGS) {
                return null;
            }
            int start = ++i;
            long value = 0;
            while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
                value = value * 10 + (raw.charAt(i) - '0');
                i++;
            }
            if (i == start || i - start > MAX_DIGITS) {
                return null;
            }
            args[count++] = value;
        }
        return new CallbackData(action, List.of(java.util.Arrays.copyOf(args, count)));
    }

    public long arg(int i) {
        return args.get(i);
    }
}
