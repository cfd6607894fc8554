package org.darkflav.recast.lee;

/**
 * A study cannot run as asked because of its input: masses outside the analysis' range, a checkpoint
 * directory that does not fit. The message says what and how to go on.
 */
public class LeeInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LeeInputException(String message) {
        super(message);
    }

    public LeeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
