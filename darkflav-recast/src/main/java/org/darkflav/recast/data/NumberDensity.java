package org.darkflav.recast.data;

/**
 * Joint number density of the SM signal MC: {@code count(i, j)} expected reconstructed events in
 * reco bin {@code i} that were generated in q²gen column {@code j}, for the SM spectrum at μ = 1
 * (Belle II, arXiv:2402.08417 / HEPData 10.17182/hepdata.166082).
 *
 * @param channel the workspace channel whose bins are the rows
 * @param q2gen the q²gen columns (column 0 = underflow [−1, 0) GeV²)
 * @param counts rows = reco bins, columns = q²gen bins
 */
public record NumberDensity(String channel, Binning q2gen, double[][] counts, Provenance provenance) {

    public NumberDensity {
        double[][] copy = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != q2gen.bins()) {
                throw new IllegalArgumentException("number density of '" + channel + "': row " + i + " has "
                        + counts[i].length + " columns, the q²gen binning has " + q2gen.bins());
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    @Override
    public double[][] counts() {
        double[][] copy = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int recoBins() {
        return counts.length;
    }

    public double count(int recoBin, int q2genColumn) {
        return counts[recoBin][q2genColumn];
    }

    /** Σ_j n_ij: the SM signal template of reco bin {@code i}. */
    public double rowSum(int recoBin) {
        double s = 0;
        for (double v : counts[recoBin]) {
            s += v;
        }
        return s;
    }
}
