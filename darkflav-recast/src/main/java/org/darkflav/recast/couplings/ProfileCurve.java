package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.recast.scan.BrModel;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * The profiled −2ΔlnL of a B → K likelihood as a function of its Br, tabulated by fixed-POI fits
 * (nuisances profiled, each fit warm-started from its neighbour) from Br = 0 until it exceeds
 * {@link #REACH} above the minimum, and interpolated by a cubic spline. Beyond the last point it is
 * continued linearly with the end slope (a lower bound on the true rise, far outside any drawn contour).
 *
 * <p>Because the signal couplings enter the B → K likelihood only through Br(B → K X), profiling the
 * nuisances at fixed Br first and the couplings afterwards is exact: this curve carries the whole
 * B → K likelihood into coupling planes at the cost of one dimension.
 */
public final class ProfileCurve {

    /** The table ends once −2ΔlnL exceeds this. */
    static final double REACH = 40;
    private static final int POINTS_PER_SIGMA = 8;
    private static final int MAX_POINTS = 400;

    private final double[] br;
    private final double[] delta;
    private final PolynomialSplineFunction spline;
    private final PolynomialSplineFunction slope;
    private final double minimum;

    private ProfileCurve(double[] br, double[] delta, double minimum) {
        this.br = br;
        this.delta = delta;
        this.minimum = minimum;
        this.spline = new SplineInterpolator().interpolate(br, delta);
        this.slope = spline.polynomialSplineDerivative();
    }

    /** Tabulates the profile of {@code likelihood} on its observed data. */
    public static ProfileCurve of(BrModel likelihood) {
        ProfileLikelihood pl = ProfileLikelihood.of(likelihood.model());
        double[] data = likelihood.model().observedData();
        FitResult free = pl.fit(data);
        int poi = pl.poiIndex();
        double unit = likelihood.brPerPoiUnit();
        double muHat = free.values()[poi];
        double err = free.errors()[poi];
        double step = (Double.isFinite(err) && err > 0 ? err : 0.1 * Math.max(muHat, 1)) / POINTS_PER_SIGMA;
        List<double[]> rows = new ArrayList<>();
        double[] start = free.values();
        double minimum = free.minimum();
        for (int i = 0; i < MAX_POINTS; i++) {
            double mu = i * step;
            FitResult f = pl.fixedPoiFit(data, mu, start);
            start = f.values();
            rows.add(new double[] {mu * unit, f.minimum()});
            minimum = Math.min(minimum, f.minimum());
            if (mu > muHat && f.minimum() - minimum > REACH) {
                break;
            }
        }
        double[] b = new double[rows.size()];
        double[] d = new double[rows.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = rows.get(i)[0];
            d[i] = rows.get(i)[1] - minimum;
        }
        return new ProfileCurve(b, d, minimum);
    }

    /** −2ΔlnL at {@code brValue} ≥ 0, relative to the profile's minimum. */
    public double value(double brValue) {
        double last = br[br.length - 1];
        if (brValue <= last) {
            return spline.value(Math.max(0, brValue));
        }
        return delta[delta.length - 1] + slope.value(last) * (brValue - last);
    }

    /** d(−2ΔlnL)/dBr. */
    public double derivative(double brValue) {
        double last = br[br.length - 1];
        return slope.value(Math.min(Math.max(0, brValue), last));
    }

    /** The smallest tabulated −2lnL (absolute). */
    public double minimum() {
        return minimum;
    }

    /** The Br of the smallest tabulated value. */
    public double bestBr() {
        int best = 0;
        for (int i = 1; i < delta.length; i++) {
            if (delta[i] < delta[best]) {
                best = i;
            }
        }
        if (best == 0 || best == br.length - 1) {
            return br[best];
        }
        // the spline's minimum: where its slope changes sign between the neighbours of the tabulated one
        double lo = br[best - 1];
        double hi = br[best + 1];
        if (!(slope.value(lo) < 0 && slope.value(hi) > 0)) {
            return br[best];
        }
        return new BrentSolver(1e-14 * hi).solve(200, slope::value, lo, hi);
    }

    /**
     * {best, low, high} Br of the Δ(−2lnL) = {@code delta} interval; low = 0 when the curve stays below
     * {@code delta} down to Br = 0.
     */
    public double[] interval(double delta) {
        double best = bestBr();
        BrentSolver solver = new BrentSolver(1e-12 * Math.max(best, maxBr()));
        UnivariateFunction excess = b -> value(b) - delta;
        double low = excess.value(0) <= 0 ? 0 : solver.solve(200, excess, 0, best);
        double high = solver.solve(200, excess, best, maxBr());
        return new double[] {best, low, high};
    }

    /** Largest tabulated Br. */
    public double maxBr() {
        return br[br.length - 1];
    }
}
