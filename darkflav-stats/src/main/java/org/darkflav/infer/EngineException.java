package org.darkflav.infer;

/**
 * An execution engine is not available or cannot be started or reached (not on the class path, an
 * unreachable cluster, a malformed master URL): a problem of the set-up the message explains, not a bug.
 */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
