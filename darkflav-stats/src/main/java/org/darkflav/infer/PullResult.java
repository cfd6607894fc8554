package org.darkflav.infer;

import java.util.List;
import org.darkflav.fit.FitResult;

/**
 * Post-fit diagnostics: pulls and constraints of every non-fixed parameter (constrained ones with
 * finite pulls), and the correlation matrix.
 */
public record PullResult(FitResult fit, List<Pull> pulls, CorrelationMatrix correlations) {
    public PullResult {
        pulls = List.copyOf(pulls);
    }
}
