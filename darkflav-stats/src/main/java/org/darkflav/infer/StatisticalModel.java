package org.darkflav.infer;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.darkflav.fit.Objective;

/**
 * A binned likelihood as inference sees it, in pyhf's terms: parameters with suggested inits, bounds
 * and fixed flags, a parameter of interest, and data as one vector of main counts followed by
 * auxiliary data.
 *
 * <p>Implementations are immutable and thread-safe; {@link #twiceNll} hands out a fresh
 * single-thread objective.
 */
public interface StatisticalModel {

    /** Parameter names in model order (vector parameters as {@code name[i]}). */
    List<String> parameterNames();

    /** Index of the parameter of interest, or -1 if the model has none. */
    int poiIndex();

    double[] suggestedInit();

    double[] lowerBounds();

    double[] upperBounds();

    boolean[] suggestedFixed();

    /** Number of main-measurement bins at the front of a data vector. */
    int mainSize();

    /** Number of auxiliary data after the main bins. */
    int auxSize();

    /** Observed main data followed by the nominal auxiliary data. */
    double[] observedData();

    /** Expected main rates followed by expected auxiliary data at {@code parameters}. */
    double[] expectedData(double[] parameters);

    /** −2 log L(parameters | data) with all constants, as a new objective confined to one thread. */
    Objective twiceNll(double[] data);

    /**
     * One pseudo-experiment at {@code parameters}: Poisson main counts and auxiliary data drawn from
     * their constraint distributions, main first.
     */
    double[] sample(double[] parameters, UniformRandomProvider rng);

    /**
     * Pre-fit 1σ widths of the constraint terms, one per parameter, used for pulls and impacts:
     * σ for a Gaussian constraint, 1/√τ for a Poisson (shapesys) constraint, NaN for parameters
     * without a constraint (normalisation factors, the POI). The default knows no constraints.
     */
    default double[] constraintWidths() {
        double[] widths = new double[parameterNames().size()];
        java.util.Arrays.fill(widths, Double.NaN);
        return widths;
    }
}
