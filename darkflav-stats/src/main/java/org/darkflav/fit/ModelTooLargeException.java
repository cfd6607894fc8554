package org.darkflav.fit;

/**
 * A fit whose dense matrices cannot fit in this JVM's memory, refused before they are allocated; the
 * message gives the size, the limit and what to do. A property of the input, not a bug.
 */
public class ModelTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelTooLargeException(String message) {
        super(message);
    }
}
