package org.darkflav.recast.scan;

import java.util.List;
import java.util.function.DoubleFunction;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;

/**
 * Δχ² = 2NLL(m_X, Br) − 2NLL_min on a grid of masses and branching fractions, nuisances profiled: the
 * (m_X, Br) contours of a likelihood (2.30 / 6.18 for 68 / 95 % with two parameters). One task per mass:
 * a free fit, then fixed-Br fits in increasing Br, each warm-started from the previous. For regions, areas
 * and contour lines use a {@code couplings.DeltaChi2Grid} over the same arrays (x = masses, y = brs).
 *
 * @param masses m_X in GeV, increasing
 * @param brs branching fractions, increasing
 * @param deltaChi2 {@code deltaChi2[iBr][iMass]}
 * @param minimum the absolute 2NLL the values are relative to (the smallest free fit found)
 * @param converged whether every fit converged
 */
public record MassBrGrid(double[] masses, double[] brs, double[][] deltaChi2, double minimum, boolean converged) {

    /** Δχ² levels of the 68 % and 95 % regions for two parameters. */
    public static final double LEVEL_68 = 2.30;
    public static final double LEVEL_95 = 6.18;

    public MassBrGrid {
        masses = masses.clone();
        brs = brs.clone();
        double[][] v = new double[deltaChi2.length][];
        for (int j = 0; j < v.length; j++) {
            if (deltaChi2[j].length != masses.length) {
                throw new IllegalArgumentException("Delta chi2 row " + j + " has " + deltaChi2[j].length
                        + " entries for " + masses.length + " masses");
            }
            v[j] = deltaChi2[j].clone();
        }
        if (v.length != brs.length) {
            throw new IllegalArgumentException(v.length + " Delta chi2 rows for " + brs.length + " branching fractions");
        }
        deltaChi2 = v;
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    @Override
    public double[] brs() {
        return brs.clone();
    }

    @Override
    public double[][] deltaChi2() {
        double[][] v = new double[deltaChi2.length][];
        for (int j = 0; j < v.length; j++) {
            v[j] = deltaChi2[j].clone();
        }
        return v;
    }

    public double at(int iBr, int iMass) {
        return deltaChi2[iBr][iMass];
    }

    /**
     * The grid for {@code models} (POI = Br / brPerPoiUnit) at {@code masses} × {@code brs}.
     *
     * @param knownMinimum an absolute 2NLL found elsewhere (e.g. at the refined best mass), or +∞
     */
    public static MassBrGrid compute(DoubleFunction<BrModel> models, double[] masses, double[] brs, double knownMinimum,
            TaskRunner runner, ProgressListener progress) {
        List<double[]> columns = runner.map(masses.length, i -> column(models.apply(masses[i]), brs), progress);
        double min = knownMinimum;
        boolean converged = true;
        for (double[] c : columns) {
            min = Math.min(min, c[brs.length]);
            converged &= c[brs.length + 1] != 0;
        }
        double[][] v = new double[brs.length][masses.length];
        for (int i = 0; i < masses.length; i++) {
            for (int j = 0; j < brs.length; j++) {
                v[j][i] = columns.get(i)[j] - min;
            }
        }
        return new MassBrGrid(masses, brs, v, min, converged);
    }

    /** 2NLL at each Br, then the free minimum, then 1 if all converged. */
    private static double[] column(BrModel m, double[] brs) {
        ProfileLikelihood pl = ProfileLikelihood.of(m.model());
        double[] data = m.model().observedData();
        FitResult free = pl.fit(data);
        double[] out = new double[brs.length + 2];
        boolean converged = free.converged();
        FitResult near = free;
        for (int j = 0; j < brs.length; j++) {
            FitResult f = pl.fixedPoiFit(data, brs[j] / m.brPerPoiUnit(), near);
            out[j] = f.minimum();
            converged &= f.converged();
            near = f;
        }
        out[brs.length] = Math.min(free.minimum(), java.util.Arrays.stream(out, 0, brs.length).min().orElseThrow());
        out[brs.length + 1] = converged ? 1 : 0;
        return out;
    }
}
