package org.darkflav.histfactory.likelihood;

import org.darkflav.histfactory.model.Constraint;
import org.darkflav.histfactory.model.ParameterLayout;
import org.darkflav.histfactory.model.ParameterSet;

/**
 * The auxiliary-measurement terms of −2 log L: Gaussian N(a | θ, σ) and Poisson Pois(a | γ τ), in
 * pyhf's aux-data order (constrained parameter sets in parameter order).
 */
final class Constraints {
    private final int[] gaussParam;
    private final int[] gaussAux;
    private final double[] gaussSigma;
    private final int[] poissonParam;
    private final int[] poissonAux;
    private final double[] poissonTau;
    private final int auxSize;
    private final double gaussConstant;

    Constraints(ParameterLayout layout) {
        int ng = 0;
        int np = 0;
        for (ParameterSet s : layout.sets()) {
            ng += s.constraint() == Constraint.GAUSSIAN ? s.size() : 0;
            np += s.constraint() == Constraint.POISSON ? s.size() : 0;
        }
        gaussParam = new int[ng];
        gaussAux = new int[ng];
        gaussSigma = new double[ng];
        poissonParam = new int[np];
        poissonAux = new int[np];
        poissonTau = new double[np];
        int g = 0;
        int p = 0;
        int aux = 0;
        for (ParameterSet s : layout.sets()) {
            for (int i = 0; i < s.size() && s.constraint() != Constraint.NONE; i++, aux++) {
                if (s.constraint() == Constraint.GAUSSIAN) {
                    gaussParam[g] = s.offset() + i;
                    gaussAux[g] = aux;
                    gaussSigma[g++] = s.widths()[i];
                } else {
                    poissonParam[p] = s.offset() + i;
                    poissonAux[p] = aux;
                    poissonTau[p++] = s.widths()[i];
                }
            }
        }
        auxSize = aux;
        double c = 0;
        for (int i = 0; i < ng; i++) {
            c += 2 * Math.log(gaussSigma[i]) + Math.log(2 * Math.PI);
        }
        gaussConstant = c;
    }

    int auxSize() {
        return auxSize;
    }

    /** The parameter-independent part for {@code data} (main bins first, aux data from {@code bins}). */
    double constant(double[] data, int bins) {
        double c = gaussConstant;
        for (int i = 0; i < poissonParam.length; i++) {
            c -= 2 * PoissonTerms.saturated(data[bins + poissonAux[i]]);
        }
        return c;
    }

    /** The parameter-dependent part at {@code x}; adds its gradient to {@code gradient} unless null. */
    double variablePart(double[] x, double[] data, int bins, double[] gradient) {
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0.0);
        }
        double sum = 0;
        for (int i = 0; i < gaussParam.length; i++) {
            double s = gaussSigma[i];
            double r = (x[gaussParam[i]] - data[bins + gaussAux[i]]) / s;
            sum += r * r;
            if (gradient != null) {
                gradient[gaussParam[i]] += 2 * r / s;
            }
        }
        for (int i = 0; i < poissonParam.length; i++) {
            double a = data[bins + poissonAux[i]];
            double tau = poissonTau[i];
            double rate = x[poissonParam[i]] * tau;
            sum += 2 * PoissonTerms.halfDeviance(a, rate);
            if (gradient != null) {
                gradient[poissonParam[i]] += a == 0 ? 2 * tau : 2 * tau * (1 - a / rate);
            }
        }
        return sum;
    }

    /** Writes the expected aux data at {@code x} (θ for Gaussian, γ τ for Poisson) from {@code out[offset]}. */
    void expected(double[] x, double[] out, int offset) {
        for (int i = 0; i < gaussParam.length; i++) {
            out[offset + gaussAux[i]] = x[gaussParam[i]];
        }
        for (int i = 0; i < poissonParam.length; i++) {
            out[offset + poissonAux[i]] = x[poissonParam[i]] * poissonTau[i];
        }
    }

    /** Draws aux data from the constraint distributions at {@code x}; {@code gauss} draws from {@code rng}. */
    void sample(double[] x, org.apache.commons.rng.UniformRandomProvider rng,
            org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler gauss, double[] out, int offset) {
        for (int i = 0; i < gaussParam.length; i++) {
            out[offset + gaussAux[i]] = x[gaussParam[i]] + gaussSigma[i] * gauss.sample();
        }
        for (int i = 0; i < poissonParam.length; i++) {
            out[offset + poissonAux[i]] = Sampling.poisson(rng, x[poissonParam[i]] * poissonTau[i], gauss);
        }
    }
}
