package org.darkflav.recast.lee;

/**
 * The global p-value of the largest local excess from toys: the fraction of background-only toys whose
 * largest q0 over the masses is at least the observed one, with its binomial Monte-Carlo error, and the
 * one-sided Z it corresponds to.
 *
 * @param toys toys counted (failed ones excluded)
 * @param atOrAbove toys whose largest q0 is at least the observed largest q0
 * @param p global p-value atOrAbove / toys
 * @param pError binomial error √(p(1 − p)/toys); when no toy (or every toy) is at or above, where that
 *     formula gives 0, the 68 % CL one-sided bound −ln(0.32)/toys instead
 * @param z global significance Φ⁻¹(1 − p); +∞ when p = 0 (then see {@link GrossVitells})
 * @param zError error of z propagated from pError, pError / φ(z); NaN when p is 0 or 1
 */
public record GlobalSignificance(int toys, int atOrAbove, double p, double pError, double z, double zError) {

    /** −ln(0.32): a Poisson count of 0 excludes a mean above this at 68 % CL. */
    private static final double ZERO_COUNT_68 = -Math.log(0.32);

    /**
     * @param observedMaxQ0 the largest q0 of the observed scan
     * @param toyMaxQ0 the largest q0 of each toy that did not fail
     */
    public static GlobalSignificance of(double observedMaxQ0, double[] toyMaxQ0) {
        int n = toyMaxQ0.length;
        if (n == 0) {
            return new GlobalSignificance(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int k = 0;
        for (double q : toyMaxQ0) {
            if (q >= observedMaxQ0) {
                k++;
            }
        }
        double p = (double) k / n;
        double pError = binomialError(k, n);
        double z = Normal.significance(p);
        double zError = k == 0 || k == n ? Double.NaN : pError / Normal.density(z);
        return new GlobalSignificance(n, k, p, pError, z, zError);
    }

    /**
     * A lower bound on the global Z when no toy is at or above the observed value (the Z of the 68 % CL
     * bound on p, {@link #pError()}); otherwise {@link #z()}.
     */
    public double zLowerBound() {
        return atOrAbove == 0 ? Normal.significance(pError) : z;
    }

    /**
     * The binomial error of the fraction k/n, √(p(1 − p)/n), or where that is 0 (k = 0 or n) the 68 % CL
     * one-sided bound −ln(0.32)/n; NaN for n = 0.
     */
    static double binomialError(int k, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = (double) k / n;
        return k == 0 || k == n ? ZERO_COUNT_68 / n : Math.sqrt(p * (1 - p) / n);
    }
}
