package org.darkflav.histfactory.spec;

/**
 * A workspace, patch or measurement that cannot be used as given. The message says what is wrong,
 * where (file and JSON pointer) and, where possible, how to fix it.
 */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;

    public SpecException(String jsonPath, String message) {
        super(jsonPath == null || jsonPath.isEmpty() ? message : jsonPath + ": " + message);
        this.jsonPath = jsonPath;
    }

    public SpecException(String jsonPath, String message, Throwable cause) {
        super(jsonPath == null || jsonPath.isEmpty() ? message : jsonPath + ": " + message, cause);
        this.jsonPath = jsonPath;
    }

    /** JSON pointer of the offending element (RFC 6901), or "" for the whole document. */
    public String jsonPath() {
        return jsonPath;
    }
}
