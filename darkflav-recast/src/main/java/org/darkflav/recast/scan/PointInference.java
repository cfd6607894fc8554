package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.IntervalResult;
import org.darkflav.infer.NoUpperLimitException;
import org.darkflav.infer.ProfileInterval;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;

/**
 * The inference at one mass on a model whose POI (bounded below at 0) is Br / {@code brPerPoiUnit}:
 * best fit, Δ2NLL = 1 profile interval (cut at Br = 0 when the profile stays below 1 there), q0 and
 * Z = √q0, and, if asked, 90 % / 95 % CL CLs limits (asymptotic, q̃μ) with expected bands.
 */
final class PointInference {

    /** Relative tolerance of the limits: far below the asymptotic approximation's own accuracy. */
    private static final double LIMIT_RTOL = 1e-3;

    private PointInference() {}

    static MassPoint at(double mass, StatisticalModel model, double brPerPoiUnit, boolean limits) {
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        double[] data = model.observedData();
        int poi = pl.poiIndex();
        FitResult free = pl.fit(data);
        double muHat = free.values()[poi];
        // warm start: the background-only fit starts from the best fit's nuisances
        FitResult zero = pl.fixedPoiFit(data, 0.0, free);
        double q0 = muHat > 0 ? Math.max(0, zero.minimum() - free.minimum()) : 0;
        // the interval and the limits start from this free fit instead of repeating it
        IntervalResult iv = new ProfileInterval(pl).interval(data, pl.poiName(), 1.0, free);
        boolean converged = free.converged() && zero.converged();
        double ul90 = Double.NaN;
        double ul95 = Double.NaN;
        double[] exp90 = MassPoint.noBand();
        double[] exp95 = MassPoint.noBand();
        if (limits) {
            double hi = Math.max(1.0, 2 * iv.upper());
            try {
                // one search for both levels: the fits and hypothesis tests are shared
                List<UpperLimitResult> l = UpperLimit.asymptotic(pl).rootFinding(data, free,
                        new double[] {0.90, 0.95}, 0.02, hi, LIMIT_RTOL, ProgressListener.NONE);
                UpperLimitResult l90 = l.get(0);
                UpperLimitResult l95 = l.get(1);
                ul90 = l90.observed() * brPerPoiUnit;
                ul95 = l95.observed() * brPerPoiUnit;
                exp90 = scale(l90.expected().toArray(), brPerPoiUnit);
                exp95 = scale(l95.expected().toArray(), brPerPoiUnit);
            } catch (NoUpperLimitException e) {
                // near the kinematic endpoint X puts (almost) no events into the bins: CLs never falls below
                // the level even at Br >> 1, so there is no limit; NaN says "none" in tables (null in JSON)
                ul90 = Double.NaN;
                ul95 = Double.NaN;
                exp90 = MassPoint.noBand();
                exp95 = MassPoint.noBand();
            }
        }
        double best = iv.bestFit();
        return new MassPoint(mass, best * brPerPoiUnit, (best - iv.lower()) * brPerPoiUnit,
                (iv.upper() - best) * brPerPoiUnit, Math.sqrt(q0), q0, ul90, ul95, exp90, exp95, converged,
                iv.upperAtBound());
    }

    private static double[] scale(double[] v, double f) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
        return out;
    }
}
