package org.darkflav.recast.lee;

import org.darkflav.infer.InferenceException;

/** A fit to the observed data did not converge, so there is no observed scan to compare toys with. */
public class ObservedFitException extends InferenceException {
    private static final long serialVersionUID = 1L;

    public ObservedFitException(String message) {
        super(message);
    }
}
