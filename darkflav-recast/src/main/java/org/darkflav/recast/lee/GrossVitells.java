package org.darkflav.recast.lee;

import java.util.List;

/**
 * The Gross–Vitells estimate of the global p-value (Gross and Vitells, Eur. Phys. J. C 70 (2010) 525,
 * arXiv:1005.1891): with N(c) the number of up-crossings of the level c by q0(m) along the masses, for
 * one signal-strength degree of freedom tested one-sided,
 * <pre>
 *   p_global(c) ≈ P(q0 ≥ c at one mass) + ⟨N(c0)⟩ exp(−(c − c0)/2),   P(q0 ≥ c) = Φ̄(√c),
 * </pre>
 * with ⟨N(c0)⟩ counted in the toys at a low reference level c0 = Z0², where up-crossings are frequent.
 * It is an upper bound that becomes exact as c grows (it counts excursions; double excursions make it too
 * high by about its square over two); it extrapolates the toys to levels no toy reaches.
 *
 * @param referenceZ Z0, the reference level as a local significance (c0 = Z0²)
 * @param meanUpCrossings ⟨N(c0)⟩ over the toys
 * @param meanUpCrossingsError its Monte-Carlo error, the toys' standard deviation / √toys
 * @param observedQ0 c, the observed largest q0
 * @param p the estimate at c (capped at 1); NaN if c is not above c0
 * @param pError its error from meanUpCrossingsError
 */
public record GrossVitells(double referenceZ, double meanUpCrossings, double meanUpCrossingsError, double observedQ0,
        double p, double pError) {

    /** The default reference level Z0 = 1 (c0 = 1): about one up-crossing per correlation length. */
    public static final double DEFAULT_REFERENCE_Z = 1.0;

    /** The estimate at the observed level {@code observedQ0} from the up-crossings of {@code toys} (none failed). */
    public static GrossVitells of(double referenceZ, List<ToyScan> toys, double observedQ0) {
        if (!(referenceZ > 0)) {
            throw new IllegalArgumentException("the Gross-Vitells reference level must be a positive Z, got "
                    + referenceZ);
        }
        double c0 = referenceZ * referenceZ;
        int n = toys.size();
        double sum = 0;
        double sumSq = 0;
        for (ToyScan t : toys) {
            int u = t.upCrossings(c0);
            sum += u;
            sumSq += (double) u * u;
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double var = n < 2 ? Double.NaN : (sumSq - n * mean * mean) / (n - 1);
        double meanError = Math.sqrt(Math.max(0, var) / n);
        GrossVitells partial = new GrossVitells(referenceZ, mean, meanError, observedQ0, Double.NaN, Double.NaN);
        if (!(observedQ0 > c0)) {
            return partial;
        }
        double factor = Math.exp(-(observedQ0 - c0) / 2);
        return new GrossVitells(referenceZ, mean, meanError, observedQ0, partial.pAt(Math.sqrt(observedQ0)),
                meanError * factor);
    }

    /** The estimate P(max Z ≥ z) at a level z ≥ Z0 (NaN below Z0), capped at 1. */
    public double pAt(double z) {
        if (!(z >= referenceZ)) {
            return Double.NaN;
        }
        double c0 = referenceZ * referenceZ;
        return Math.min(1, Normal.tail(z) + meanUpCrossings * Math.exp(-(z * z - c0) / 2));
    }

    /** The global significance of the estimate; +∞ if p is 0, NaN if there is none. */
    public double z() {
        return Double.isNaN(p) ? Double.NaN : Normal.significance(p);
    }
}
