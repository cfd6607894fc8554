package org.darkflav.recast.templates;

import org.hipparchus.special.Erf;

/**
 * Crystal Ball resolution: a Gaussian core (mean m_X², width {@code sigmaGeV2}) joined, at
 * {@code alpha} core widths from the mean, to a power-law tail ∝ (B − t)^−n on the {@code tail}
 * side. Continuous with a continuous first derivative; requires n &gt; 1 so that it is normalisable.
 * The CDF is analytic.
 */
public record CrystalBallShape(double sigmaGeV2, double alpha, double n, Tail tail) implements SignalShape {

    /** Which side of the line carries the power-law tail. */
    public enum Tail {
        /** Tail towards low q²rec. */
        LOW,
        /** Tail towards high q²rec (e.g. lost momentum that raises the missing mass). */
        HIGH
    }

    public CrystalBallShape {
        SignalShape.requirePositive("Crystal Ball sigma (GeV^2)", sigmaGeV2);
        SignalShape.requirePositive("Crystal Ball alpha", alpha);
        if (!(n > 1) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("Crystal Ball n must be finite and > 1 (else the tail is not "
                    + "normalisable), got " + n);
        }
        if (tail == null) {
            throw new IllegalArgumentException("Crystal Ball tail side must be given (LOW or HIGH)");
        }
    }

    @Override
    public double cdf(double q2Rec, double lineQ2) {
        double t = (q2Rec - lineQ2) / sigmaGeV2;
        return tail == Tail.LOW ? lowTailCdf(t) : 1.0 - lowTailCdf(-t);
    }

    /** CDF in the standardised variable for a tail on the low side. */
    private double lowTailCdf(double t) {
        double tailArea = n / alpha / (n - 1) * Math.exp(-0.5 * alpha * alpha);
        double coreArea = Math.sqrt(Math.PI / 2) * (1 + Erf.erf(alpha / Math.sqrt(2)));
        double norm = tailArea + coreArea;
        if (t <= -alpha) {
            // ∫_{-∞}^{t} A (B − t')^{−n} dt' with A (B + α)^{1−n} / (n − 1) = tailArea at t = −α
            double b = n / alpha - alpha;
            double below = tailArea * Math.pow((b - t) / (b + alpha), 1 - n);
            return below / norm;
        }
        double core = Math.sqrt(Math.PI / 2) * (Erf.erf(t / Math.sqrt(2)) - Erf.erf(-alpha / Math.sqrt(2)));
        return (tailArea + core) / norm;
    }

    @Override
    public String label() {
        return "CrystalBall(sigma=" + sigmaGeV2 + " GeV^2, alpha=" + alpha + ", n=" + n + ", tail=" + tail + ")";
    }
}
