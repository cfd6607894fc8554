package org.darkflav.recast.data;

import java.util.Arrays;

/**
 * The SM B⁺ → K⁺νν̄ spectrum that defines μ = 1 of the Belle II likelihood, in the q²gen columns of
 * the number densities (derived by the darkflav authors; see the bundle README for the inputs).
 *
 * @param q2gen columns (column 0 is the underflow [−1, 0), where the SM rate is 0)
 * @param brInBin branching fraction inside each column
 * @param dbrDq2AtCentre dB/dq² at each column centre, per GeV²
 */
public record SmReferenceSpectrum(Binning q2gen, double[] brInBin, double[] dbrDq2AtCentre, Provenance provenance) {

    public SmReferenceSpectrum {
        if (brInBin.length != q2gen.bins() || dbrDq2AtCentre.length != q2gen.bins()) {
            throw new IllegalArgumentException("SM reference: " + brInBin.length + " / " + dbrDq2AtCentre.length
                    + " values for " + q2gen.bins() + " columns");
        }
        brInBin = brInBin.clone();
        dbrDq2AtCentre = dbrDq2AtCentre.clone();
    }

    @Override
    public double[] brInBin() {
        return brInBin.clone();
    }

    @Override
    public double[] dbrDq2AtCentre() {
        return dbrDq2AtCentre.clone();
    }

    public double brInBin(int column) {
        return brInBin[column];
    }

    /** The total SM branching fraction (4.966e-6 for the shipped table). */
    public double total() {
        return Arrays.stream(brInBin).sum();
    }
}
