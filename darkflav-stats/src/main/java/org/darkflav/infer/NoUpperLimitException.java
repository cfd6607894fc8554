package org.darkflav.infer;

/**
 * CLs stays above the level however large the POI: the model's signal is too small for the data to
 * constrain it, so no upper limit exists (as opposed to a failure of the procedure).
 */
public class NoUpperLimitException extends InferenceException {
    private static final long serialVersionUID = 1L;

    public NoUpperLimitException(String message) {
        super(message);
    }
}
