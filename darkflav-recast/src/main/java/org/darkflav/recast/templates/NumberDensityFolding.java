package org.darkflav.recast.templates;

import org.darkflav.recast.data.Binning;
import org.darkflav.recast.data.NumberDensity;
import org.darkflav.recast.data.SmReferenceSpectrum;

/**
 * Folds a B → K X signal through Belle II's q²gen → reco number densities.
 *
 * <p>With r_ij = n_ij / B_SM(j) (expected reco events in bin i per unit branching fraction generated
 * in column j, i.e. N_B × efficiency), a line at q² = m_X² with branching fraction b gives
 * b × r_i(m_X²). A step in j would make every fit result jump at the column edges, so r_i(q²) is the
 * linear interpolation in q² between the centres of neighbouring columns; below the centre of the
 * first physical column and above the centre of the last it is held at that column's value. The
 * underflow column [−1, 0) (B_SM = 0) and any other column with B_SM = 0 are skipped.
 *
 * <p>An X of width Γ follows the relativistic Breit–Wigner 1/((q² − m_X²)² + m_X²Γ²) in true q² (a Cauchy
 * in q² of half-width γ = m_X Γ), truncated to [0, q²max] and renormalised there; its yield is
 * ∫ BW(q²) r_i(q²) dq², integrated exactly (arctangent and logarithm) on every piece where r_i is linear.
 * Γ → 0 gives the line.
 */
public final class NumberDensityFolding {
    private final String channel;
    private final double[] centres;
    private final double[][] ratio;
    private final double q2Max;

    /**
     * @throws IllegalArgumentException if the two tables do not share the q²gen columns
     */
    public NumberDensityFolding(NumberDensity density, SmReferenceSpectrum sm) {
        Binning q2gen = density.q2gen();
        if (!q2gen.equals(sm.q2gen())) {
            throw new IllegalArgumentException("number density of '" + density.channel()
                    + "' and the SM reference use different q^2gen columns: " + q2gen + " vs " + sm.q2gen());
        }
        int used = 0;
        for (int j = 0; j < q2gen.bins(); j++) {
            if (sm.brInBin(j) > 0) {
                used++;
            }
        }
        this.channel = density.channel();
        this.centres = new double[used];
        this.ratio = new double[density.recoBins()][used];
        int k = 0;
        for (int j = 0; j < q2gen.bins(); j++) {
            if (sm.brInBin(j) > 0) {
                centres[k] = q2gen.centre(j);
                for (int i = 0; i < density.recoBins(); i++) {
                    ratio[i][k] = density.count(i, j) / sm.brInBin(j);
                }
                k++;
            }
        }
        this.q2Max = q2gen.hi(q2gen.bins() - 1);
    }

    public String channel() {
        return channel;
    }

    public int recoBins() {
        return ratio.length;
    }

    /** Largest q² covered (the kinematic end point (m_B − m_K)² of the table), GeV². */
    public double q2Max() {
        return q2Max;
    }

    /** Largest m_X covered, GeV. */
    public double maxMassGeV() {
        return Math.sqrt(q2Max);
    }

    /**
     * Expected reco events per bin for B(B → K X) = 1 with m_X = {@code massGeV}; multiply by the
     * branching fraction.
     */
    public double[] yieldsPerUnitBr(double massGeV) {
        if (!(massGeV >= 0) || massGeV > maxMassGeV()) {
            throw new IllegalArgumentException("m_X = " + massGeV + " GeV is outside [0, " + maxMassGeV()
                    + "] GeV, the kinematic range of the number densities of '" + channel + "'");
        }
        double q2 = massGeV * massGeV;
        double[] out = new double[ratio.length];
        int last = centres.length - 1;
        if (q2 <= centres[0] || q2 >= centres[last]) {
            int k = q2 <= centres[0] ? 0 : last;
            for (int i = 0; i < out.length; i++) {
                out[i] = ratio[i][k];
            }
            return out;
        }
        int k = upperNeighbour(q2) - 1;
        double t = (q2 - centres[k]) / (centres[k + 1] - centres[k]);
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - t) * ratio[i][k] + t * ratio[i][k + 1];
        }
        return out;
    }

    /**
     * Expected reco events per bin for B(B → K X) = 1 with X a Breit–Wigner resonance of mass
     * {@code massGeV} and width {@code widthGeV} (0 = the line of {@link #yieldsPerUnitBr(double)}).
     */
    public double[] yieldsPerUnitBr(double massGeV, double widthGeV) {
        if (!(widthGeV >= 0) || Double.isInfinite(widthGeV)) {
            throw new IllegalArgumentException("the width of X must be a finite number >= 0 GeV, got " + widthGeV);
        }
        if (widthGeV == 0) {
            return yieldsPerUnitBr(massGeV);
        }
        if (!(massGeV > 0) || massGeV > maxMassGeV()) {
            throw new IllegalArgumentException("a resonance of width " + widthGeV + " GeV needs m_X in (0, "
                    + maxMassGeV() + "] GeV (the number densities of '" + channel + "'), got " + massGeV);
        }
        CauchyPiece bw = new CauchyPiece(massGeV * massGeV, massGeV * widthGeV);
        double norm = bw.probability(0, q2Max);
        double[] out = new double[ratio.length];
        int last = centres.length - 1;
        // below the first centre and above the last r_i is constant; in between it is linear per piece
        double pLow = bw.probability(0, centres[0]) / norm;
        double pHigh = bw.probability(centres[last], q2Max) / norm;
        for (int i = 0; i < out.length; i++) {
            out[i] = ratio[i][0] * pLow + ratio[i][last] * pHigh;
        }
        for (int k = 0; k < last; k++) {
            double p = bw.probability(centres[k], centres[k + 1]) / norm;
            double slopeWeight = bw.firstMoment(centres[k], centres[k + 1], centres[k]) / norm
                    / (centres[k + 1] - centres[k]);
            for (int i = 0; i < out.length; i++) {
                out[i] += ratio[i][k] * p + (ratio[i][k + 1] - ratio[i][k]) * slopeWeight;
            }
        }
        return out;
    }

    /** The Cauchy density γ/π / ((t − t₀)² + γ²) integrated in closed form. */
    private record CauchyPiece(double centre, double gamma) {
        /** ∫ density over [a, b]. */
        double probability(double a, double b) {
            return (Math.atan((b - centre) / gamma) - Math.atan((a - centre) / gamma)) / Math.PI;
        }

        /** ∫ (t − origin) × density over [a, b]. */
        double firstMoment(double a, double b, double origin) {
            double ua = (a - centre) / gamma;
            double ub = (b - centre) / gamma;
            double log = Math.log1p(ub * ub) - Math.log1p(ua * ua);
            return ((centre - origin) * (Math.atan(ub) - Math.atan(ua)) + 0.5 * gamma * log) / Math.PI;
        }
    }

    /** The smallest index k with centres[k] &gt;= q2 (q2 strictly inside the centre range). */
    private int upperNeighbour(double q2) {
        int lo = 0;
        int hi = centres.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (centres[mid] < q2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
