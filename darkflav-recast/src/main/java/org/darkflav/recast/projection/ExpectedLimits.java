package org.darkflav.recast.projection;

import java.util.Map;
import java.util.TreeMap;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.TestStatistic;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Expected asymptotic CLs upper limits (q̃μ) when the data already are the background-only Asimov data.
 * The expected band of CLs depends on μ only through √qA(μ) (Cowan et al. 2011, eq. 65 ff.; pyhf's
 * {@code AsymptoticCalculator}): CLs(n) = Φ(−(n + √qA)) / Φ(−n) for the band point n = +2 … −2, so the
 * limit of band point n is where √qA(μ) = −Φ⁻¹(α Φ(−n)) − n. This is what {@code UpperLimit} solves for
 * its expected curves; here the Asimov data need not be rebuilt from a fit, and the observed curve (on
 * Asimov data equal to the median) is not needed.
 */
final class ExpectedLimits {

    /** Band points −2σ … +2σ in t̃ of the background-only distribution (CLs ascending). */
    private static final double[] SIGMAS = {2, 1, 0, -1, -2};
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
    private static final int MAX_DOUBLINGS = 40;

    private ExpectedLimits() {}

    /**
     * Expected limits on the POI, −2σ … +2σ (NaN when the data cannot constrain the signal at all), and
     * whether every fit behind them converged.
     */
    record Band(double[] limits, boolean converged) {}

    /**
     * The expected limits on the POI, −2σ … +2σ.
     *
     * @param asimov background-only Asimov data (main then auxiliary) of the likelihood's model
     * @param rtol relative tolerance of each limit
     */
    static Band band(ProfileLikelihood pl, double[] asimov, double cl, double rtol) {
        double alpha = 1 - cl;
        FitResult free = pl.fit(asimov);
        boolean[] converged = {free.converged()};
        Map<Double, Double> sqrtQ = new TreeMap<>();
        java.util.function.DoubleUnaryOperator f = mu -> sqrtQ.computeIfAbsent(mu, m -> {
            var t = pl.testStatistic(TestStatistic.QMU_TILDE, asimov, m, free);
            converged[0] &= t.fitsConverged();
            return Math.sqrt(t.value());
        });
        double[] targets = new double[SIGMAS.length];
        double maxTarget = 0;
        for (int i = 0; i < SIGMAS.length; i++) {
            double n = SIGMAS[i];
            targets[i] = -NORMAL.inverseCumulativeProbability(alpha * NORMAL.cumulativeProbability(-n)) - n;
            maxTarget = Math.max(maxTarget, targets[i]);
        }
        // √qA grows about linearly from 0 at μ = 0: double the first guess until every target is inside
        double hi = Math.max(pl.poiUpperBound() / 64, 1e-6);
        for (int i = 0; f.applyAsDouble(hi) < maxTarget; i++) {
            if (i == MAX_DOUBLINGS) {
                // 2^40 POI units without reaching the +2σ target: no signal in the bins (e.g. a mass where the
                // efficiency vanishes); no finite limit
                double[] none = new double[SIGMAS.length];
                java.util.Arrays.fill(none, Double.NaN);
                return new Band(none, converged[0]);
            }
            hi *= 2;
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(rtol, 1e-14, 0, 5);
        double[] out = new double[SIGMAS.length];
        for (int i = 0; i < SIGMAS.length; i++) {
            double target = targets[i];
            double lo = 0;
            double up = hi;
            for (Map.Entry<Double, Double> e : sqrtQ.entrySet()) {
                if (e.getValue() < target) {
                    lo = Math.max(lo, e.getKey());
                } else {
                    up = Math.min(up, e.getKey());
                }
            }
            out[i] = solver.solve(200, mu -> f.applyAsDouble(mu) - target, lo, up, AllowedSolution.ANY_SIDE);
        }
        return new Band(out, converged[0]);
    }
}
