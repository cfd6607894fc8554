package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.parametrised.ParameterFunction;

/**
 * The map from couplings (and form-factor nuisances) to the signal parameters of the likelihood:
 * the B → K POI μ = Br(B → K X)/brPerPoiUnit and Br(B → K* X). Couplings enter scaled, g = ĝ·unit, so
 * that the minimiser sees numbers of order one. Each non-zero rate coefficient b_c gets a relative
 * nuisance r_c (nominal 1) when form-factor uncertainties are on: Br = unit² Σ_c b_c r_c ĝ_c².
 */
final class CouplingsToRates implements ParameterFunction {

    static final String G_V = "g_V";
    static final String G_A = "g_A";
    static final String BR_KSTAR = "Br_Kstar";

    private final List<String> inputs = new ArrayList<>(List.of(G_V, G_A));
    private final List<String> outputs;
    // per output k and coupling c: coefficient (already divided by brPerPoiUnit for μ) and nuisance input index
    private final double[][] coefficient;
    private final int[][] nuisance;

    /**
     * @param nuisanceNames name per output (kaon, kstar) and coupling (V, A) of its relative
     *     nuisance, or null when that coefficient is exact or zero
     * @param kstar the B → K* rate, or null for a likelihood without the B → K* constraint
     */
    CouplingsToRates(String poi, double brPerPoiUnit, QuadraticRate kaon, QuadraticRate kstar, double unit,
            String[][] nuisanceNames) {
        outputs = kstar == null ? List.of(poi) : List.of(poi, BR_KSTAR);
        QuadraticRate[] rates = {kaon, kstar};
        double[] scale = {unit * unit / brPerPoiUnit, unit * unit};
        int n = outputs.size();
        coefficient = new double[n][2];
        nuisance = new int[n][2];
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < 2; c++) {
                coefficient[k][c] = rates[k].coefficient(c) * scale[k];
                nuisance[k][c] = -1;
                if (nuisanceNames[k][c] != null) {
                    nuisance[k][c] = inputs.size();
                    inputs.add(nuisanceNames[k][c]);
                }
            }
        }
    }

    @Override
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    @Override
    public List<String> outputs() {
        return outputs;
    }

    @Override
    public void evaluate(double[] in, double[] out, double[] jacobian) {
        int m = inputs.size();
        java.util.Arrays.fill(jacobian, 0.0);
        for (int k = 0; k < outputs.size(); k++) {
            double sum = 0;
            for (int c = 0; c < 2; c++) {
                double g = in[c];
                int r = nuisance[k][c];
                double rel = r < 0 ? 1.0 : in[r];
                double term = coefficient[k][c] * rel * g * g;
                sum += term;
                jacobian[k * m + c] += 2 * coefficient[k][c] * rel * g;
                if (r >= 0) {
                    jacobian[k * m + r] += coefficient[k][c] * g * g;
                }
            }
            out[k] = sum;
        }
    }
}
