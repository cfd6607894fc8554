package org.darkflav.recast.templates;

import java.util.Arrays;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A resonance of finite width smeared by Gaussian resolution: true q² follows the relativistic
 * Breit–Wigner 1 / ((q² − m_X²)² + m_X² Γ²), a Cauchy distribution in q² with half-width γ = m_X Γ,
 * truncated to the physical range [{@code q2TrueMin}, {@code q2TrueMax}] and renormalised there;
 * q²rec = q² + N(0, σ²).
 *
 * <p>Integrating by parts, CDF(x) = Φ((x − t₁)/σ) + ∫ F(t) φ((x − t)/σ)/σ dt with F the analytic
 * CDF of the truncated Breit–Wigner (an arctangent). The integral runs over x ± 9σ (outside, the
 * Gaussian weight is below 1e-18) with a fixed 20-point Gauss–Legendre rule on pieces split at the
 * line, at geometrically growing distances γ·4^k from it, and at x + kσ, so both a very narrow and a
 * very wide resonance are integrated accurately without adaptive iteration.
 */
public record BreitWignerGaussianShape(double widthGeV, double sigmaGeV2, double q2TrueMin, double q2TrueMax)
        implements SignalShape {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(20);
    private static final double WINDOW_SIGMAS = 9.0;

    public BreitWignerGaussianShape {
        SignalShape.requirePositive("Breit-Wigner width Gamma (GeV)", widthGeV);
        SignalShape.requirePositive("Gaussian resolution sigma (GeV^2)", sigmaGeV2);
        if (!(q2TrueMax > q2TrueMin)) {
            throw new IllegalArgumentException("the physical q^2 range [" + q2TrueMin + ", " + q2TrueMax
                    + "] GeV^2 is empty");
        }
    }

    @Override
    public double cdf(double q2Rec, double lineQ2) {
        if (!(lineQ2 > 0 && lineQ2 >= q2TrueMin && lineQ2 <= q2TrueMax)) {
            throw new IllegalArgumentException("m_X^2 = " + lineQ2 + " GeV^2 lies outside the physical range ("
                    + Math.max(q2TrueMin, 0) + ", " + q2TrueMax + "] GeV^2 of this Breit-Wigner");
        }
        double gamma = Math.sqrt(lineQ2) * widthGeV;
        double u0 = Math.atan((q2TrueMin - lineQ2) / gamma);
        double u1 = Math.atan((q2TrueMax - lineQ2) / gamma);
        double lo = Math.max(q2TrueMin, q2Rec - WINDOW_SIGMAS * sigmaGeV2);
        double hi = Math.min(q2TrueMax, q2Rec + WINDOW_SIGMAS * sigmaGeV2);
        double sum = SignalShape.standardNormalCdf((q2Rec - q2TrueMax) / sigmaGeV2);
        if (hi <= lo) {
            return sum;
        }
        double[] cuts = breakpoints(q2Rec, lineQ2, gamma, lo, hi);
        for (int k = 0; k + 1 < cuts.length; k++) {
            double a = cuts[k];
            double b = cuts[k + 1];
            if (b <= a) {
                continue;
            }
            double half = 0.5 * (b - a);
            double mid = 0.5 * (a + b);
            for (int p = 0; p < RULE.getNumberOfPoints(); p++) {
                double t = mid + half * RULE.getPoint(p);
                double f = (Math.atan((t - lineQ2) / gamma) - u0) / (u1 - u0);
                double z = (q2Rec - t) / sigmaGeV2;
                sum += half * RULE.getWeight(p) * f * Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sigmaGeV2);
            }
        }
        return Math.min(1.0, Math.max(0.0, sum));
    }

    private double[] breakpoints(double q2Rec, double lineQ2, double gamma, double lo, double hi) {
        double[] cuts = new double[128];
        int m = 0;
        cuts[m++] = lo;
        cuts[m++] = hi;
        for (int k = -8; k <= 8; k++) {
            m = add(cuts, m, q2Rec + k * sigmaGeV2, lo, hi);
        }
        m = add(cuts, m, lineQ2, lo, hi);
        for (double d = gamma; d < hi - lo + Math.abs(lineQ2 - lo) + Math.abs(hi - lineQ2) && m < cuts.length - 2;
                d *= 4) {
            m = add(cuts, m, lineQ2 - d, lo, hi);
            m = add(cuts, m, lineQ2 + d, lo, hi);
        }
        double[] out = Arrays.copyOf(cuts, m);
        Arrays.sort(out);
        return out;
    }

    private static int add(double[] cuts, int m, double t, double lo, double hi) {
        if (t > lo && t < hi && m < cuts.length) {
            cuts[m++] = t;
        }
        return m;
    }

    @Override
    public String label() {
        return "BreitWigner(Gamma=" + widthGeV + " GeV) x Gaussian(sigma=" + sigmaGeV2 + " GeV^2), true q^2 in ["
                + q2TrueMin + ", " + q2TrueMax + "]";
    }
}
