package org.darkflav.recast.lee;

/**
 * A checkpoint directory cannot be used as asked: it belongs to another study, already holds a run, or
 * holds files darkflav did not write. The message says which file and how to go on.
 */
public class CheckpointException extends LeeInputException {
    private static final long serialVersionUID = 1L;

    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
