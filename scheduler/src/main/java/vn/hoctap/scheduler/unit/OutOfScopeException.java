package vn.hoctap.scheduler.unit;

/** A secretary asked for something outside their own unit subtree. */
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException(String message) {
        super(message);
    }
}
