package vn.hoctap.bot.tryout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line typed into {@link ChatConsole}, parsed: which fake user acts and what they do. Kept apart
 * from the console's I/O so the little language can be unit-tested.
 *
 * @param user     the user's number ({@code u3} is 3), or 0 for console-wide commands (quit)
 * @param kind     what the user does
 * @param argument the text to send, the button (number or exact text), poll option numbers or
 *                 inline query; empty when the kind takes none
 */
record ConsoleCommand(int user, Kind kind, String argument) {

    /** What a line asks for. */
    enum Kind {
        /** Send {@code argument} as a text message (commands included). */
        TEXT,
        /** Press a button of the latest message with buttons: a 1-based number, {@code n@messageId}, or its exact text. */
        PRESS,
        /** Vote in the latest poll (or poll {@code @messageId}): 1-based option numbers separated by commas. */
        POLL,
        /** Send a sticker. */
        STICKER,
        /** Send a photo. */
        PHOTO,
        /** Type {@code @bot argument} (inline mode). */
        INLINE,
        /** Print the whole chat again, in its current state. */
        SHOW,
        /** Stop the console. */
        QUIT
    }

    private static final Pattern USER_LINE = Pattern.compile("u(\\d{1,4})\\s+(.*)", Pattern.DOTALL);
    private static final Pattern POLL_OPTIONS = Pattern.compile("\\d{1,2}(\\s*,\\s*\\d{1,2})*(@\\d{1,6})?");

    /**
     * Parses a line; null for blank lines and {@code #} comments. Words after the user are keywords
     * ({@code press}, {@code poll}, {@code sticker}, {@code photo}, {@code inline}, {@code show});
     * anything else is sent as text, and {@code say} sends text that starts with a keyword.
     *
     * @throws IllegalArgumentException with a line saying what is wrong
     */
    static ConsoleCommand parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        if (trimmed.equalsIgnoreCase("quit") || trimmed.equalsIgnoreCase("exit")) {
            return new ConsoleCommand(0, Kind.QUIT, "");
        }
        Matcher matcher = USER_LINE.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Start the line with a user (u1, u2, ...), e.g. \"u1 /start <token>\"");
        }
        int user = Integer.parseInt(matcher.group(1));
        if (user == 0) {
            throw new IllegalArgumentException("Users are numbered from 1");
        }
        String rest = matcher.group(2).strip();
        int space = rest.indexOf(' ');
        String keyword = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
        String argument = space < 0 ? "" : rest.substring(space + 1).strip();
        return switch (keyword) {
            case "press" -> {
                if (argument.isEmpty()) {
                    throw new IllegalArgumentException("press needs a button: a number (1 = first), n@messageId or its text");
                }
                yield new ConsoleCommand(user, Kind.PRESS, argument);
            }
            case "poll" -> {
                if (!POLL_OPTIONS.matcher(argument).matches()) {
                    throw new IllegalArgumentException("poll needs option numbers, e.g. \"poll 2\", \"poll 1,3\" or \"poll 2@59\"");
                }
                yield new ConsoleCommand(user, Kind.POLL, argument.replace(" ", ""));
            }
            case "sticker" -> new ConsoleCommand(user, Kind.STICKER, "");
            case "photo" -> new ConsoleCommand(user, Kind.PHOTO, "");
            case "show" -> new ConsoleCommand(user, Kind.SHOW, "");
            case "inline" -> new ConsoleCommand(user, Kind.INLINE, argument);
            case "say" -> new ConsoleCommand(user, Kind.TEXT, argument);
            default -> new ConsoleCommand(user, Kind.TEXT, rest);
        };
    }

    /** The fake Telegram user id of console user {@code n}: far from real-looking ids, stable across runs. */
    static long telegramUserId(int user) {
        return 900_000_000L + user;
    }
}
