package vn.hoctap.bot.telegram.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a passing storage failure (PostgreSQL restarting, a connection lost, a deadlock) from a
 * lasting one. An update that meets a passing failure is retried in place, so the member's action
 * is handled once the database is back instead of being answered with an apology.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof PessimisticLockingFailureException
                    || t instanceof SQLTransientException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P: admin shutdown / cannot connect now; 53: resources; 40: rollbacks
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.startsWith("40")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
