package org.darkflav.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.darkflav.fit.Objective;
import org.hipparchus.special.Gamma;

/**
 * Test-scope, hand-coded equivalent of pyhf's {@code simplemodels.uncorrelated_background}: one channel,
 * ν_b = μ s_b + γ_b b_b, shapesys constraints Pois(τ_b | γ_b τ_b) with τ_b = (b_b/δ_b)², aux data τ,
 * every constant kept (continuous Poisson through lnΓ). Parameters [mu, uncorr_bkguncrt[0..]].
 */
final class UncorrelatedBackgroundModel implements StatisticalModel {

    private final double[] signal;
    private final double[] background;
    private final double[] tau;
    private final double[] observedMain;
    private final double poiLower;
    private final double poiUpper;

    UncorrelatedBackgroundModel(double[] signal, double[] background, double[] uncertainty, double[] observedMain,
            double poiLower, double poiUpper) {
        this.signal = signal.clone();
        this.background = background.clone();
        this.tau = new double[background.length];
        for (int b = 0; b < tau.length; b++) {
            tau[b] = Math.pow(background[b] / uncertainty[b], 2);
        }
        this.observedMain = observedMain.clone();
        this.poiLower = poiLower;
        this.poiUpper = poiUpper;
    }

    /** pyhf's README "hello world" model with observed data [51, 48]. */
    static UncorrelatedBackgroundModel helloWorld() {
        return withData(new double[] {51, 48});
    }

    static UncorrelatedBackgroundModel withData(double[] main) {
        return new UncorrelatedBackgroundModel(new double[] {12, 11}, new double[] {50, 52}, new double[] {3, 7},
                main, 0, 10);
    }

    /** pyhf validation case {@code 1bin_shapesys}: signal 10, background 50 ± 7, data 55. */
    static UncorrelatedBackgroundModel oneBinShapesys() {
        return new UncorrelatedBackgroundModel(new double[] {10}, new double[] {50}, new double[] {7},
                new double[] {55}, 0, 10);
    }

    UncorrelatedBackgroundModel withPoiBounds(double lo, double hi) {
        double[] unc = new double[tau.length];
        for (int b = 0; b < unc.length; b++) {
            unc[b] = background[b] / Math.sqrt(tau[b]);
        }
        return new UncorrelatedBackgroundModel(signal, background, unc, observedMain, lo, hi);
    }

    UncorrelatedBackgroundModel withSignal(double[] newSignal) {
        double[] unc = new double[tau.length];
        for (int b = 0; b < unc.length; b++) {
            unc[b] = background[b] / Math.sqrt(tau[b]);
        }
        return new UncorrelatedBackgroundModel(newSignal, background, unc, observedMain, poiLower, poiUpper);
    }

    double[] tau() {
        return tau.clone();
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        names.add("mu");
        for (int b = 0; b < tau.length; b++) {
            names.add("uncorr_bkguncrt[" + b + "]");
        }
        return List.copyOf(names);
    }

    @Override
    public int poiIndex() {
        return 0;
    }

    @Override
    public double[] suggestedInit() {
        double[] x = new double[tau.length + 1];
        Arrays.fill(x, 1.0);
        return x;
    }

    @Override
    public double[] lowerBounds() {
        double[] x = new double[tau.length + 1];
        Arrays.fill(x, 1e-10);
        x[0] = poiLower;
        return x;
    }

    @Override
    public double[] upperBounds() {
        double[] x = new double[tau.length + 1];
        Arrays.fill(x, 10.0);
        x[0] = poiUpper;
        return x;
    }

    @Override
    public boolean[] suggestedFixed() {
        return new boolean[tau.length + 1];
    }

    @Override
    public double[] constraintWidths() {
        double[] w = new double[tau.length + 1];
        w[0] = Double.NaN;
        for (int b = 0; b < tau.length; b++) {
            w[b + 1] = 1 / Math.sqrt(tau[b]);
        }
        return w;
    }

    @Override
    public int mainSize() {
        return tau.length;
    }

    @Override
    public int auxSize() {
        return tau.length;
    }

    @Override
    public double[] observedData() {
        double[] d = new double[2 * tau.length];
        System.arraycopy(observedMain, 0, d, 0, tau.length);
        System.arraycopy(tau, 0, d, tau.length, tau.length);
        return d;
    }

    @Override
    public double[] expectedData(double[] p) {
        int n = tau.length;
        double[] d = new double[2 * n];
        for (int b = 0; b < n; b++) {
            d[b] = p[0] * signal[b] + p[b + 1] * background[b];
            d[n + b] = p[b + 1] * tau[b];
        }
        return d;
    }

    @Override
    public Objective twiceNll(double[] data) {
        double[] d = data.clone();
        int n = tau.length;
        double lnGammaSum = 0;
        for (double v : d) {
            lnGammaSum += Gamma.logGamma(v + 1);
        }
        double constant = lnGammaSum;
        return new Objective() {
            @Override
            public int dimension() {
                return n + 1;
            }

            @Override
            public double value(double[] p) {
                double logL = -constant;
                for (int b = 0; b < n; b++) {
                    double nu = p[0] * signal[b] + p[b + 1] * background[b];
                    double rate = p[b + 1] * tau[b];
                    logL += xlogy(d[b], nu) - nu + xlogy(d[n + b], rate) - rate;
                }
                return -2 * logL;
            }

            @Override
            public double valueAndGradient(double[] p, double[] g) {
                g[0] = 0;
                for (int b = 0; b < n; b++) {
                    double nu = p[0] * signal[b] + p[b + 1] * background[b];
                    double rate = p[b + 1] * tau[b];
                    double dMain = d[b] / nu - 1;
                    double dAux = d[n + b] / rate - 1;
                    g[0] += -2 * dMain * signal[b];
                    g[b + 1] = -2 * (dMain * background[b] + dAux * tau[b]);
                }
                return value(p);
            }
        };
    }

    private static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    @Override
    public double[] sample(double[] p, UniformRandomProvider rng) {
        double[] mean = expectedData(p);
        double[] out = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            out[i] = PoissonSampler.of(rng, mean[i]).sample();
        }
        return out;
    }
}
