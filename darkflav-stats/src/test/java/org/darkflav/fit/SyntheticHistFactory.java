package org.darkflav.fit;

import java.util.SplittableRandom;
import org.hipparchus.special.Gamma;

/**
 * A HistFactory-shaped twice-NLL for tests, with pyhf's conventions (constants included): one
 * signal sample scaled by μ and one background with K normsys-like factors (1 + δ_jb)^α_j
 * (exponential interpolation), a staterror γ_b per bin with Gaussian constraint, and a shapesys γ
 * on bin 0 with Poisson constraint Pois(τ | γ τ), τ = 1.9e11 as in the ATLAS three-lepton workspace.
 *
 * <p>Parameter layout: [μ, α_1..α_K, γ_1..γ_B (staterror), γ_shapesys]. Data are drawn from the
 * model at μ = 1, α = 0.3, γ = 1 with a seeded generator. Value and gradient allocate nothing.
 */
final class SyntheticHistFactory implements Objective {

    static final double TAU = 1.9e11;

    private final int bins;
    private final int systematics;
    private final double[] signal;
    private final double[] background;
    private final double[][] logFactor;
    private final double[] staterrorSigma;
    private final double[] data;
    private final double[] nu;
    private final double[] bkg;
    private final double constant;
    private final boolean pyhfConstants;

    SyntheticHistFactory(int bins, int systematics, long seed) {
        this(bins, systematics, seed, true);
    }

    /**
     * @param pyhfConstants false drops the constants and writes the shapesys constraint as
     *     2τ(γ − 1 − ln γ): same gradient, but values without ~1e13-sized cancelling terms, so that
     *     finite differences of values can check the gradient
     */
    SyntheticHistFactory(int bins, int systematics, long seed, boolean pyhfConstants) {
        this.pyhfConstants = pyhfConstants;
        this.bins = bins;
        this.systematics = systematics;
        SplittableRandom rng = new SplittableRandom(seed);
        signal = new double[bins];
        background = new double[bins];
        logFactor = new double[systematics][bins];
        staterrorSigma = new double[bins];
        data = new double[bins];
        nu = new double[bins];
        bkg = new double[bins];
        for (int b = 0; b < bins; b++) {
            signal[b] = rng.nextDouble(0, 20);
            background[b] = b == 0 ? 435 : rng.nextDouble(5, 500);
            staterrorSigma[b] = rng.nextDouble(0.01, 0.2);
        }
        for (int j = 0; j < systematics; j++) {
            for (int b = 0; b < bins; b++) {
                logFactor[j][b] = rng.nextDouble() < 0.5 ? Math.log1p(rng.nextDouble(-0.1, 0.1)) : 0;
            }
        }
        double c = 0;
        for (int b = 0; b < bins; b++) {
            double expected = signal[b];
            double logF = 0;
            for (int j = 0; j < systematics; j++) {
                logF += 0.3 * logFactor[j][b];
            }
            expected += background[b] * Math.exp(logF);
            // data: expected plus a Gaussian approximation of Poisson noise, rounded to a count
            data[b] = Math.max(0, Math.rint(expected + Math.sqrt(expected) * gaussian(rng)));
            c += 2 * Gamma.logGamma(data[b] + 1);
        }
        constant = c + 2 * Gamma.logGamma(TAU + 1) + systematics * Math.log(2 * Math.PI);
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Override
    public int dimension() {
        return 2 + systematics + bins;
    }

    double[] start() {
        double[] x = new double[dimension()];
        x[0] = 1;
        for (int b = 0; b < bins + 1; b++) {
            x[1 + systematics + b] = 1;
        }
        return x;
    }

    double[] lower() {
        double[] lo = new double[dimension()];
        lo[0] = 0;
        for (int j = 0; j < systematics; j++) {
            lo[1 + j] = -5;
        }
        for (int b = 0; b < bins + 1; b++) {
            lo[1 + systematics + b] = 1e-10;
        }
        return lo;
    }

    double[] upper() {
        double[] hi = new double[dimension()];
        java.util.Arrays.fill(hi, 10);
        for (int j = 0; j < systematics; j++) {
            hi[1 + j] = 5;
        }
        return hi;
    }

    FitProblem problem() {
        return new FitProblem(this, start(), lower(), upper(), new boolean[dimension()]);
    }

    @Override
    public double value(double[] x) {
        return evaluate(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return evaluate(x, gradient);
    }

    private double evaluate(double[] x, double[] grad) {
        int gammaOffset = 1 + systematics;
        int shapesys = gammaOffset + bins;
        double mu = x[0];
        double f = pyhfConstants ? constant : 0;
        for (int b = 0; b < bins; b++) {
            double logF = 0;
            for (int j = 0; j < systematics; j++) {
                logF += x[1 + j] * logFactor[j][b];
            }
            double gamma = x[gammaOffset + b] * (b == 0 ? x[shapesys] : 1);
            bkg[b] = background[b] * Math.exp(logF) * gamma;
            nu[b] = mu * signal[b] + bkg[b];
            f += 2 * (nu[b] - data[b] * Math.log(nu[b]));
            double pull = (x[gammaOffset + b] - 1) / staterrorSigma[b];
            f += pull * pull + Math.log(2 * Math.PI * staterrorSigma[b] * staterrorSigma[b]);
        }
        for (int j = 0; j < systematics; j++) {
            f += x[1 + j] * x[1 + j];
        }
        double rate = x[shapesys] * TAU;
        f += pyhfConstants
                ? 2 * (rate - TAU * Math.log(rate))
                : 2 * TAU * (x[shapesys] - 1 - Math.log(x[shapesys]));
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
            for (int b = 0; b < bins; b++) {
                double w = 2 * (1 - data[b] / nu[b]);
                grad[0] += w * signal[b];
                for (int j = 0; j < systematics; j++) {
                    grad[1 + j] += w * bkg[b] * logFactor[j][b];
                }
                grad[gammaOffset + b] += w * bkg[b] / x[gammaOffset + b]
                        + 2 * (x[gammaOffset + b] - 1) / (staterrorSigma[b] * staterrorSigma[b]);
                if (b == 0) {
                    grad[shapesys] += w * bkg[b] / x[shapesys];
                }
            }
            for (int j = 0; j < systematics; j++) {
                grad[1 + j] += 2 * x[1 + j];
            }
            grad[shapesys] += 2 * (TAU - TAU / x[shapesys]);
        }
        return f;
    }
}
