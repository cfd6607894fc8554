package org.darkflav.recast.couplings;

import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.Objective;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.infer.ProfileLikelihood;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * min over the relative form-factor nuisances r of T(Br(g, r)) + (r − 1)ᵀ C⁻¹ (r − 1), with
 * Br = b_V r_V g_V² + b_A r_A g_A²: one experiment's term at fixed couplings with the form factors
 * profiled. Without a covariance the coefficients are exact and no minimisation is needed.
 */
final class NuisanceProfile {

    private static final double RANGE = 0.9;
    private static final QuasiNewtonMinimizer MINIMIZER =
            new QuasiNewtonMinimizer(ProfileLikelihood.INFERENCE_FIT_OPTIONS);

    private final BrTerm term;
    private final QuadraticRate rate;
    private final double[][] inverse;

    NuisanceProfile(BrTerm term, QuadraticRate rate) {
        this.term = term;
        this.rate = rate;
        if (rate.covariance() == null) {
            this.inverse = null;
        } else {
            double[][] rel = new double[2][2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    // a coefficient without a nuisance (fixed at 1 below) gets unit width: the matrix stays
                    // invertible and its row adds nothing
                    rel[i][j] = rate.hasNuisance(i) && rate.hasNuisance(j) ? rate.relativeCovariance(i, j)
                            : (i == j ? 1 : 0);
                }
            }
            RealMatrix c = MatrixUtils.createRealMatrix(rel);
            this.inverse = new CholeskyDecomposition(c).getSolver().getInverse().getData();
        }
    }

    /** The profiled term at couplings (g_V, g_A). */
    double at(double gV, double gA) {
        if (inverse == null) {
            return term.value(rate.br(gV, gA));
        }
        double wV = rate.bV() * gV * gV;
        double wA = rate.bA() * gA * gA;
        Objective objective = new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] r) {
                return term.value(wV * r[0] + wA * r[1]) + penalty(r, null);
            }

            @Override
            public double valueAndGradient(double[] r, double[] g) {
                double br = wV * r[0] + wA * r[1];
                double d = term.derivative(br);
                double p = penalty(r, g);
                g[0] += d * wV;
                g[1] += d * wA;
                return term.value(br) + p;
            }
        };
        FitProblem problem = new FitProblem(objective, new double[] {1, 1}, new double[] {1 - RANGE, 1 - RANGE},
                new double[] {1 + RANGE, 1 + RANGE}, new boolean[] {!rate.hasNuisance(0), !rate.hasNuisance(1)});
        FitResult fit = MINIMIZER.minimize(problem);
        return fit.minimum();
    }

    private double penalty(double[] r, double[] gradient) {
        double d0 = r[0] - 1;
        double d1 = r[1] - 1;
        if (gradient != null) {
            gradient[0] = 2 * (inverse[0][0] * d0 + inverse[0][1] * d1);
            gradient[1] = 2 * (inverse[1][0] * d0 + inverse[1][1] * d1);
        }
        return d0 * (inverse[0][0] * d0 + inverse[0][1] * d1) + d1 * (inverse[1][0] * d0 + inverse[1][1] * d1);
    }
}
