package org.darkflav.cli;

/** Exit codes of every darkflav command, defined in one place. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Something went wrong inside darkflav (a bug): the message asks for a report. */
    public static final int INTERNAL = 1;
    /** The user's input is wrong: bad arguments, unreadable or invalid files. */
    public static final int USER_ERROR = 2;
    /** The computation ran but did not converge; the output says so. */
    public static final int NOT_CONVERGED = 3;

    private ExitCodes() {}
}
