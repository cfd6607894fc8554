package org.darkflav.infer;

/**
 * The profile-likelihood test statistics of Cowan, Cranmer, Gross and Vitells (arXiv:1007.1727), computed
 * as pyhf computes them. With t = 2NLL(μ, θ̂̂) − 2NLL(μ̂, θ̂) clipped at zero, all fits inside the
 * parameter bounds:
 *
 * <ul>
 *   <li>{@link #QMU_TILDE} and {@link #QMU}: 0 if μ̂ &gt; μ, else t. The two differ only by the POI lower
 *       bound (0 for q̃μ, so that μ̂ ≥ 0) and by their asymptotic distribution.
 *   <li>{@link #TMU} and {@link #TMU_TILDE}: t, two-sided.
 *   <li>{@link #Q0}: 0 if μ̂ &lt; 0, else t at μ = 0 (discovery).
 * </ul>
 */
public enum TestStatistic {
    /** Discovery test statistic q0 (pyhf {@code "q0"}). */
    Q0,
    /** One-sided upper-limit test statistic qμ (pyhf {@code "q"}). */
    QMU,
    /** One-sided upper-limit test statistic q̃μ (pyhf {@code "qtilde"}, pyhf's default). */
    QMU_TILDE,
    /** Two-sided tμ (pyhf {@code "tmu"}). */
    TMU,
    /** Two-sided t̃μ (pyhf {@code "tmu_tilde"}). */
    TMU_TILDE;

    /**
     * The test statistic from the two fits.
     *
     * @param mu the tested POI value
     * @param muHat the POI from the free fit
     * @param fixedTwiceNll 2NLL of the fit with the POI fixed at {@code mu}
     * @param freeTwiceNll 2NLL of the free fit
     */
    public double fromFits(double mu, double muHat, double fixedTwiceNll, double freeTwiceNll) {
        double t = Math.max(0.0, fixedTwiceNll - freeTwiceNll);
        return switch (this) {
            case QMU, QMU_TILDE -> muHat > mu ? 0.0 : t;
            case Q0 -> muHat < mu ? 0.0 : t;
            case TMU, TMU_TILDE -> t;
        };
    }

    /** The POI value of the alternative hypothesis used for Asimov data and toys: 1 for q0, else 0. */
    public double alternativePoi() {
        return this == Q0 ? 1.0 : 0.0;
    }

    /** The name pyhf uses for this test statistic ({@code "qtilde"}, {@code "q"}, ...), for output. */
    public String pyhfName() {
        return switch (this) {
            case Q0 -> "q0";
            case QMU -> "q";
            case QMU_TILDE -> "qtilde";
            case TMU -> "tmu";
            case TMU_TILDE -> "tmu_tilde";
        };
    }
}
