package org.darkflav.recast.scan;

import java.util.function.DoubleFunction;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The likelihood as a function of m_X with Br profiled: q0(m) = 2NLL(m, Br = 0) − 2NLL(m, Br̂(m)), from a
 * free and a Br = 0 fit per mass, each warm-started from the previous mass (the models of neighbouring
 * masses share their parameters). For a single experiment's likelihood the Br = 0 fit does not depend on
 * m, so −q0(m) is −2Δln L(m) up to a constant and its maximum is the best mass; for a combination with an
 * approximate term in Br the same convention is kept ({@link BestMass}). Not thread-safe: one per task.
 */
public final class MassProfile {

    /** Golden-section and root tolerance in m_X (GeV). */
    public static final double MASS_TOLERANCE = 1e-4;
    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private final DoubleFunction<BrModel> models;
    private FitResult last;
    private int evaluations;

    /** @param models the likelihood with X at m_X (GeV), POI = Br / brPerPoiUnit */
    public MassProfile(DoubleFunction<BrModel> models) {
        this.models = models;
    }

    /** The profile of a scan analysis with a likelihood per mass (a workspace, or a combination). */
    public static MassProfile of(ScanAnalysis analysis) {
        if (analysis instanceof WorkspaceAnalysis w) {
            return new MassProfile(m -> BrModel.of(w.workspaces().apply(m)));
        }
        if (analysis instanceof CombinedAnalysis c) {
            return new MassProfile(c::model);
        }
        throw new IllegalArgumentException("analysis '" + analysis.name() + "' has no likelihood in m_X to refine the "
                + "best mass with (it is read off a digitised curve)");
    }

    /** q0 at {@code mass}. */
    public double q0(double mass) {
        BrModel m = models.apply(mass);
        ProfileLikelihood pl = ProfileLikelihood.of(m.model());
        double[] data = m.model().observedData();
        FitResult free = last == null ? pl.fit(data) : pl.fit(data, last.values(), last);
        FitResult zero = pl.fixedPoiFit(data, 0.0, free);
        last = free;
        evaluations++;
        return free.values()[pl.poiIndex()] > 0 ? Math.max(0, zero.minimum() - free.minimum()) : 0;
    }

    /** The refined best mass with its interval, starting from a scan of q0 on {@code grid}. */
    public RefinedBestMass refine(MassGrid grid) {
        double[] m = grid.masses();
        if (m.length < 2) {
            throw new IllegalArgumentException("refining the best mass needs a grid of at least two masses, got " + grid);
        }
        double[] q0 = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            q0[i] = q0(m[i]);
        }
        int best = BestMass.of(m, q0).index();
        double[] peak = goldenMaximum(m[Math.max(0, best - 1)], m[Math.min(m.length - 1, best + 1)]);
        if (q0[best] > peak[1]) {
            // q0 not unimodal between the neighbours: never return a point worse than the grid's best
            peak = new double[] {m[best], q0[best]};
        }
        double level = peak[1] - 1;
        double[] lower = edge(m, q0, peak[0], level, -1);
        double[] upper = edge(m, q0, peak[0], level, +1);
        BrModel at = models.apply(peak[0]);
        MassPoint point = PointInference.at(peak[0], at.model(), at.brPerPoiUnit(), false);
        return new RefinedBestMass(peak[0], lower[0], upper[0], lower[1] != 0, upper[1] != 0, point, m, q0,
                evaluations);
    }

    /** {m, q0(m)} at the maximum of q0 on [a, b] by golden-section search (no derivatives: q0 has kinks). */
    private double[] goldenMaximum(double a, double b) {
        double c = b - INV_PHI * (b - a);
        double d = a + INV_PHI * (b - a);
        double fc = q0(c);
        double fd = q0(d);
        while (b - a > MASS_TOLERANCE) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                fc = q0(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                fd = q0(d);
            }
        }
        return fc >= fd ? new double[] {c, fc} : new double[] {d, fd};
    }

    /**
     * {edge, 1 if cut at the range end else 0}: walking from the peak in direction {@code dir}, the first
     * grid mass with q0 below {@code level} brackets the crossing together with the grid mass (or the peak)
     * before it.
     */
    private double[] edge(double[] m, double[] q0, double peak, double level, int dir) {
        int i = dir < 0 ? m.length - 1 : 0;
        while (i >= 0 && i < m.length && (dir < 0 ? m[i] >= peak : m[i] <= peak)) {
            i += dir;
        }
        double inner = peak;
        for (; i >= 0 && i < m.length; i += dir) {
            if (q0[i] < level) {
                double lo = Math.min(inner, m[i]);
                double hi = Math.max(inner, m[i]);
                double root = new BrentSolver(MASS_TOLERANCE).solve(100, x -> q0(x) - level, lo, hi);
                return new double[] {root, 0};
            }
            inner = m[i];
        }
        return new double[] {dir < 0 ? m[0] : m[m.length - 1], 1};
    }
}
