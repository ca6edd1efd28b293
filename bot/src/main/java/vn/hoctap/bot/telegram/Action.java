package vn.hoctap.bot.telegram;

import java.util.regex.Pattern;

/**
 * A button action: its short code (Telegram allows 64 bytes of callback data, so codes are
 * one or two letters) and how many numeric arguments it carries. Each feature declares its actions
 * once, as constants of its public {@code XxxActions} class, and builds every button for them
 * through {@link #button}, so no code is a loose string and the arity is checked where the button
 * is made. {@link UpdateDispatcher} refuses two handlers for one code.
 */
public record Action(String code, int arity) {

    private static final Pattern CODE = Pattern.compile("[a-z]{1,8}");

    public Action {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an action code is 1 to 8 lower-case letters: " + code);
        }
        if (arity < 0 || arity > 4) {
            throw new IllegalArgumentException("an action carries 0 to 4 arguments: " + arity);
        }
    }

    /** The callback data for this action with its arguments. */
    public String data(long... args) {
        if (args.length != arity) {
            throw new IllegalArgumentException(code + " takes " + arity + " arguments, not " + args.length);
        }
        return CallbackData.of(code, args);
    }

    public Button button(String text, long... args) {
        return new Button(text, data(args));
    }

    /** Whether well-formed callback data is meant for this action (code and number of arguments). */
    public boolean matches(CallbackData data) {
        return data.action().equals(code) && data.args().size() == arity;
    }
}
