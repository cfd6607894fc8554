package org.darkflav.io;

/**
 * An output that cannot or must not be written: the message names the path as the user gave it and
 * the reason (the operating system's, such as "permission denied", or darkflav's refusal, such as
 * "it is also an input"), never a temporary file. A user error, not a bug.
 */
public class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
