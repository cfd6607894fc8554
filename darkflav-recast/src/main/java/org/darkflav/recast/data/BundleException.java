package org.darkflav.recast.data;

/** A shipped analysis bundle is missing or does not have the documented layout. */
public class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
