package org.darkflav.recast.templates;

/**
 * Gaussian resolution in q²: mean m_X², standard deviation {@code sigmaGeV2} (the paper's choice is
 * 1.5 GeV², {@link #PAPER}).
 */
public record GaussianShape(double sigmaGeV2) implements SignalShape {

    /** The paper's Appendix: "a standard deviation of 1.5 GeV²". */
    public static final GaussianShape PAPER = new GaussianShape(1.5);

    public GaussianShape {
        SignalShape.requirePositive("Gaussian resolution sigma (GeV^2)", sigmaGeV2);
    }

    @Override
    public double cdf(double q2Rec, double lineQ2) {
        return SignalShape.standardNormalCdf((q2Rec - lineQ2) / sigmaGeV2);
    }

    @Override
    public String label() {
        return "Gaussian(sigma=" + sigmaGeV2 + " GeV^2)";
    }
}
