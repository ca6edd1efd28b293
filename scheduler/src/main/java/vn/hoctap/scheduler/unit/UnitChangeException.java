package vn.hoctap.scheduler.unit;

/** A change to the unit tree that cannot be made; the message (Vietnamese) says why, for the admin. */
public class UnitChangeException extends RuntimeException {

    public UnitChangeException(String message) {
        super(message);
    }
}
