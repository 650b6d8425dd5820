package org.sotcourseware.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that does not answer (down, unreachable, its connections broken, the pool waiting in vain) from
 * every other failure. Such a failure is passing: nothing was saved, the user may simply try again, and the
 * connection pool reconnects by itself once the database is back. Used by the screens' error handling
 * ({@code base.ui.AppErrorHandler}, {@code base.ui.ErrorView}) and by the start-up failure messages.
 */
public final class DatabaseTrouble {

    /** What a user is told when a save did not reach the database. */
    public static final String COULD_NOT_SAVE = "We could not save. Try again in a moment: the database did not answer, and nothing "
            + "you saw saved before was lost.";

    private DatabaseTrouble() {
    }

    /** True when {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return !isLockedOrCorruptH2(t);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL standard: connection exception
            }
        }
        return false;
    }

    /** H2 reports a database file held by another process or damaged as connection exceptions too; those are not passing. */
    private static boolean isLockedOrCorruptH2(Throwable t) {
        return t instanceof SQLException sql && (sql.getErrorCode() == 90020 || sql.getErrorCode() == 90030);
    }
}
