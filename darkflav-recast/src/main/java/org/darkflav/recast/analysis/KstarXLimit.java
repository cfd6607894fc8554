package org.darkflav.recast.analysis;

/**
 * APPROXIMATE B → K* X result at one mass from {@link BabarKstarApproximateLikelihood}: best fit, 1σ
 * interval and upper limits of the approximate likelihood (all branching fractions absolute).
 *
 * @param massGeV m_X
 * @param br best-fit Br(B → K* X) (the digitised curve's)
 * @param errLo distance from the best fit down to the lower 1σ edge (cut at Br = 0)
 * @param errHi distance up to the upper 1σ edge (the digitised curve's)
 * @param ul90 Br where −2ΔlnL = 2.706 (90 % CL, chi-square 1 dof quantile)
 * @param ul95 Br where −2ΔlnL = 3.841 (95 % CL)
 * @param ul2Sigma Br where −2ΔlnL = 4, the "2σ" the paper uses for its F_A bound
 * @param lowerEdgeAtBoundary whether the digitised lower edge sat at Br = 0 (σ₋ not measured)
 */
public record KstarXLimit(double massGeV, double br, double errLo, double errHi, double ul90, double ul95,
        double ul2Sigma, boolean lowerEdgeAtBoundary) {}
