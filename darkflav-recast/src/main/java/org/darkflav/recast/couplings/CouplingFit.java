package org.darkflav.recast.couplings;

import org.darkflav.fit.FitResult;
import org.darkflav.infer.IntervalResult;
import org.darkflav.infer.ProfileInterval;
import org.darkflav.infer.ProfileLikelihood;

/**
 * A fit with the couplings as parameters of the likelihood (form factors profiled when their
 * nuisances are on): best fit, then Δχ² = 1 profile intervals of g_V and g_A.
 */
public final class CouplingFit {

    private CouplingFit() {}

    public static CouplingFitResult run(CouplingLikelihood likelihood, CouplingModelKind kind, double massGeV) {
        ProfileLikelihood pl = ProfileLikelihood.of(likelihood.model());
        double[] data = likelihood.model().observedData();
        FitResult best = pl.fit(data);
        ProfileInterval intervals = new ProfileInterval(pl);
        // both intervals start from the best fit instead of repeating it
        IntervalResult v = intervals.interval(data, CouplingsToRates.G_V, 1.0, best);
        double u = likelihood.unit();
        int a = likelihood.index(CouplingsToRates.G_A);
        boolean aFree = !likelihood.model().suggestedFixed()[a];
        double gA = best.values()[a];
        double aLow = gA;
        double aHigh = gA;
        boolean converged = best.converged();
        if (aFree) {
            IntervalResult ia = intervals.interval(data, CouplingsToRates.G_A, 1.0, best);
            gA = ia.bestFit();
            aLow = ia.lower();
            aHigh = ia.upper();
        }
        if (gA < 0) {
            // the sign convention g_A >= 0 (the likelihood is symmetric under g_A -> -g_A)
            double low = -aHigh;
            aHigh = -aLow;
            aLow = low;
            gA = -gA;
        }
        boolean nuisances = likelihood.model().parameterNames().stream().anyMatch(n -> n.startsWith("ff_"));
        return new CouplingFitResult(kind, massGeV, nuisances, v.bestFit() * u, v.lower() * u, v.upper() * u, gA * u,
                aLow * u, aHigh * u, best.minimum(), converged);
    }
}
