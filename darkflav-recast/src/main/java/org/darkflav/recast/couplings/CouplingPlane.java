package org.darkflav.recast.couplings;

import org.darkflav.infer.LikelihoodScan;
import org.darkflav.recast.analysis.BrLikelihood;

/**
 * Δχ² maps for the paper's Fig. 2: in the (Br(B → K X), Br(B → K* X)) plane (the experiments alone)
 * and in the (g_L, g_R) plane (through the rates, form-factor nuisances profiled if the rates carry a
 * covariance). The B → K likelihood enters through its profile in Br, which is exact because the
 * couplings reach it only through Br.
 */
public final class CouplingPlane {

    private final ProfileCurve kaon;
    private final BrLikelihood kstar;

    public CouplingPlane(ProfileCurve kaon, BrLikelihood kstar) {
        this.kaon = kaon;
        this.kstar = kstar;
    }

    /** Δχ² over Br(B → K X) in [0, maxK] and Br(B → K* X) in [0, maxKstar], n × n points. */
    public DeltaChi2Grid brPlane(double maxK, double maxKstar, int n) {
        double[] x = LikelihoodScan.Axis.linspace("Br_K", 0, maxK, n).values();
        double[] y = LikelihoodScan.Axis.linspace("Br_Kstar", 0, maxKstar, n).values();
        double[][] v = new double[n][n];
        for (int j = 0; j < n; j++) {
            double b = kstar.twiceDeltaNll(y[j]);
            for (int i = 0; i < n; i++) {
                v[j][i] = kaon.value(x[i]) + b;
            }
        }
        return shifted(new DeltaChi2Grid("Br(B -> K X)", "Br(B -> K* X)", x, y, v), Double.POSITIVE_INFINITY);
    }

    /**
     * Δχ² over g_L, g_R in [−gMax, gMax], n × n points, relative to the smaller of the grid's minimum
     * and {@code knownMinimum} (the same quantity from a fit; +∞ if there is none).
     */
    public DeltaChi2Grid couplingPlane(QuadraticRate kaonRate, QuadraticRate kstarRate, double gMax, int n,
            double knownMinimum, String unitLabel) {
        NuisanceProfile k = new NuisanceProfile(BrTerm.of(kaon), kaonRate);
        NuisanceProfile ks = new NuisanceProfile(BrTerm.of(kstar), kstarRate);
        double[] g = LikelihoodScan.Axis.linspace("g", -gMax, gMax, n).values();
        double[][] v = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double gV = g[i] + g[j];
                double gA = g[j] - g[i];
                v[j][i] = k.at(gV, gA) + ks.at(gV, gA);
            }
        }
        String suffix = unitLabel.isEmpty() ? "" : " [" + unitLabel + "]";
        return shifted(new DeltaChi2Grid("g_L" + suffix, "g_R" + suffix, g, g, v), knownMinimum);
    }

    /** Sum of the two profiled terms at couplings (g_V, g_A): the quantity the planes map. */
    public double at(QuadraticRate kaonRate, QuadraticRate kstarRate, double gV, double gA) {
        return new NuisanceProfile(BrTerm.of(kaon), kaonRate).at(gV, gA)
                + new NuisanceProfile(BrTerm.of(kstar), kstarRate).at(gV, gA);
    }

    private static DeltaChi2Grid shifted(DeltaChi2Grid grid, double knownMinimum) {
        double min = knownMinimum;
        for (double[] row : grid.values()) {
            for (double x : row) {
                min = Math.min(min, x);
            }
        }
        double[][] v = new double[grid.values().length][];
        for (int j = 0; j < v.length; j++) {
            v[j] = grid.values()[j].clone();
            for (int i = 0; i < v[j].length; i++) {
                v[j][i] -= min;
            }
        }
        return new DeltaChi2Grid(grid.xLabel(), grid.yLabel(), grid.x(), grid.y(), v);
    }
}
