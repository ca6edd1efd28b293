package vn.hoctap.scheduler.member.roster;

/**
 * The file as a whole cannot be read (wrong type, corrupt, empty, wrong encoding); the message is
 * shown to the admin as it is, so it is Vietnamese and says what to do.
 */
public class RosterFileException extends Exception {

    RosterFileException(String message) {
        super(message);
    }

    RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
