package vn.hoctap.scheduler.rules;

import java.util.List;

/**
 * A request refused by a business rule. It carries a message-bundle key and its arguments so the
 * web layer can tell the user why in their own language; {@link #getMessage()} stays English for
 * logs and API clients. It is an {@link IllegalArgumentException} so existing callers that treat
 * bad input as 400 keep doing so.
 */
public class RuleViolation extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient List<Object> args;

    /** {@code field} names the form field at fault (null when the whole request is), so a form can show the message beside it. */
    public RuleViolation(String field, String key, String english, Object... args) {
        super(english);
        this.field = field;
        this.key = key;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
