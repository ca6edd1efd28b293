package vn.hoctap.scheduler.rules;

/**
 * A rule refusing a well-formed request because of the data it refers to (e.g. a quiz required for
 * a document with no approved questions): the API answers 422 instead of 400, the dashboard shows
 * it beside the field like any other {@link RuleViolation}.
 */
public class UnprocessableRule extends RuleViolation {

    public UnprocessableRule(String field, String key, String english, Object... args) {
        super(field, key, english, args);
    }
}
