package org.darkflav.histfactory.parametrised;

import java.util.ArrayList;
import java.util.List;

/** Parameter functions with hand-derived Jacobians for the tests. */
final class TestFunctions {

    private TestFunctions() {}

    /** output = input. */
    record Identity(String input, String output) implements ParameterFunction {
        @Override
        public List<String> inputs() {
            return List.of(input);
        }

        @Override
        public List<String> outputs() {
            return List.of(output);
        }

        @Override
        public void evaluate(double[] in, double[] out, double[] jacobian) {
            out[0] = in[0];
            jacobian[0] = 1;
        }
    }

    /** mu = a g², a signal strength quadratic in a coupling; ∂mu/∂g = 2 a g. */
    record ScaledSquare(String g, String mu, double a) implements ParameterFunction {
        @Override
        public List<String> inputs() {
            return List.of(g);
        }

        @Override
        public List<String> outputs() {
            return List.of(mu);
        }

        @Override
        public void evaluate(double[] in, double[] out, double[] jacobian) {
            out[0] = a * in[0] * in[0];
            jacobian[0] = 2 * a * in[0];
        }
    }

    /**
     * mu = a g² exp(k α): reads a kept base parameter α besides the new g; ∂mu/∂g = 2 a g e^{kα},
     * ∂mu/∂α = k mu.
     */
    record CouplingTimesNuisance(String g, String alpha, String mu, double a, double k) implements ParameterFunction {
        @Override
        public List<String> inputs() {
            return List.of(g, alpha);
        }

        @Override
        public List<String> outputs() {
            return List.of(mu);
        }

        @Override
        public void evaluate(double[] in, double[] out, double[] jacobian) {
            double e = Math.exp(k * in[1]);
            out[0] = a * in[0] * in[0] * e;
            jacobian[0] = 2 * a * in[0] * e;
            jacobian[1] = k * out[0];
        }
    }

    /**
     * A per-bin shape φ_b = exp(Σ_j c_j t_b^j) (a polynomial in the bin coordinate t_b in the exponent, like
     * a form-factor expansion), for the bins {@code shape[0..]}; ∂φ_b/∂c_j = t_b^j φ_b.
     */
    record ExpPolynomialShape(List<String> coefficients, String shape, double[] t) implements ParameterFunction {
        @Override
        public List<String> inputs() {
            return coefficients;
        }

        @Override
        public List<String> outputs() {
            List<String> out = new ArrayList<>();
            for (int b = 0; b < t.length; b++) {
                out.add(shape + "[" + b + "]");
            }
            return out;
        }

        @Override
        public void evaluate(double[] in, double[] out, double[] jacobian) {
            int n = in.length;
            for (int b = 0; b < t.length; b++) {
                double exponent = 0;
                double power = 1;
                for (int j = 0; j < n; j++) {
                    exponent += in[j] * power;
                    power *= t[b];
                }
                out[b] = Math.exp(exponent);
                power = 1;
                for (int j = 0; j < n; j++) {
                    jacobian[b * n + j] = power * out[b];
                    power *= t[b];
                }
            }
        }
    }
}
