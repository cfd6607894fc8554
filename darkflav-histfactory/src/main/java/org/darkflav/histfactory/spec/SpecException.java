package org.darkflav.histfactory.spec;

/**
 * A workspace, patch or measurement that cannot be used as given. The message says what is wrong,
 * where (file and JSON pointer) and, where possible, how to fix it.
 */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final String source;
    private final String detail;

    public SpecException(String jsonPath, String message) {
        this(null, jsonPath, message, null);
    }

    public SpecException(String jsonPath, String message, Throwable cause) {
        this(null, jsonPath, message, cause);
    }

    /**
     * @param source file name (or another label such as {@code <stdin>}) of the offending document, may be null
     * @param jsonPath JSON pointer of the offending element, "" for the whole document, may be null
     * @param message what is wrong and how to fix it
     * @param cause the underlying exception, may be null
     */
    public SpecException(String source, String jsonPath, String message, Throwable cause) {
        super(format(source, jsonPath, message), cause);
        this.jsonPath = jsonPath;
        this.source = source;
        this.detail = message;
    }

    /**
     * This error located in {@code file} when it was raised without one (by code that sees records, not
     * files, such as the model compiler); unchanged if it names its file already.
     */
    public SpecException inSource(String file) {
        if (source != null && !source.isEmpty()) {
            return this;
        }
        return new SpecException(file, jsonPath, detail, this);
    }

    /** An exception located in {@code source} at {@code jsonPath}, without a cause. */
    public static SpecException at(String source, String jsonPath, String message) {
        return new SpecException(source, jsonPath, message, null);
    }

    private static String format(String source, String jsonPath, String message) {
        StringBuilder sb = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            sb.append(source).append(": ");
        }
        if (jsonPath != null && !jsonPath.isEmpty()) {
            sb.append(jsonPath).append(": ");
        }
        return sb.append(message).toString();
    }

    /** JSON pointer of the offending element (RFC 6901), or "" for the whole document. */
    public String jsonPath() {
        return jsonPath;
    }

    /** Name of the offending file or stream, or null when unknown. */
    public String source() {
        return source;
    }
}
