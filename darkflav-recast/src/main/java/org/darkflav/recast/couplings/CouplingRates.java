package org.darkflav.recast.couplings;

import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.RateCoefficientDistribution;
import org.darkflav.physics.rates.RateCoefficientUncertainty;
import org.darkflav.physics.rates.RateCoefficients;

/** Br per unit coupling squared of one process and model kind, with the form-factor covariance. */
final class CouplingRates {

    private CouplingRates() {}

    static QuadraticRate of(BToKX process, CouplingModelKind kind, double massGeV, boolean formFactorUncertainties) {
        RateCoefficients c = kind.coefficients(process, massGeV);
        double bV = process.kinematics().br(c.vector());
        double bA = process.kinematics().br(c.axial());
        double[][] cov = formFactorUncertainties ? covariance(process, kind, massGeV) : null;
        return new QuadraticRate(bV, bA, cov);
    }

    /** 2×2 covariance of (b_V, b_A); a coefficient that vanishes identically keeps a zero row. */
    private static double[][] covariance(BToKX process, CouplingModelKind kind, double massGeV) {
        RateCoefficientDistribution d = RateCoefficientUncertainty.of(process, massGeV, kind.unitModel());
        int[] index = new int[2];
        for (int c = 0; c < 2; c++) {
            String suffix = c == 0 ? ":b_V" : ":b_A";
            index[c] = -1;
            for (int i = 0; i < d.size(); i++) {
                if (d.names().get(i).endsWith(suffix)) {
                    index[c] = i;
                }
            }
        }
        double[][] cov = new double[2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                cov[a][b] = index[a] < 0 || index[b] < 0 ? 0 : d.covariance(index[a], index[b]);
            }
        }
        return cov;
    }
}
