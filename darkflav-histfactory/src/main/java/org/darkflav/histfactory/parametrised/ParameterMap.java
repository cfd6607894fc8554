package org.darkflav.histfactory.parametrised;

/**
 * The map from the reparametrised parameter vector to the base model's, and the chain rule back.
 * Immutable; the per-thread buffers live in a {@link Scratch}.
 */
final class ParameterMap {
    private final int baseSize;
    private final int[] keptBase;
    private final ParameterFunction[] functions;
    private final int[][] inputs;
    private final int[][] outputs;

    /**
     * @param keptBase for each kept parameter (the front of the new vector), its base index
     * @param inputs per function, the new-vector index of each input
     * @param outputs per function, the base index of each output
     */
    ParameterMap(int baseSize, int[] keptBase, ParameterFunction[] functions, int[][] inputs, int[][] outputs) {
        this.baseSize = baseSize;
        this.keptBase = keptBase.clone();
        this.functions = functions.clone();
        this.inputs = inputs.clone();
        this.outputs = outputs.clone();
    }

    int baseSize() {
        return baseSize;
    }

    /** Buffers for one thread: each function's inputs, outputs and Jacobian. */
    static final class Scratch {
        final double[][] in;
        final double[][] out;
        final double[][] jacobian;

        private Scratch(ParameterMap m) {
            int n = m.functions.length;
            in = new double[n][];
            out = new double[n][];
            jacobian = new double[n][];
            for (int f = 0; f < n; f++) {
                in[f] = new double[m.inputs[f].length];
                out[f] = new double[m.outputs[f].length];
                jacobian[f] = new double[m.inputs[f].length * m.outputs[f].length];
            }
        }
    }

    Scratch newScratch() {
        return new Scratch(this);
    }

    /** Writes the base parameters at {@code x} into {@code base}, keeping each function's Jacobian in {@code s}. */
    void toBase(double[] x, Scratch s, double[] base) {
        for (int i = 0; i < keptBase.length; i++) {
            base[keptBase[i]] = x[i];
        }
        for (int f = 0; f < functions.length; f++) {
            double[] in = s.in[f];
            for (int j = 0; j < in.length; j++) {
                in[j] = x[inputs[f][j]];
            }
            functions[f].evaluate(in, s.out[f], s.jacobian[f]);
            for (int k = 0; k < outputs[f].length; k++) {
                base[outputs[f][k]] = s.out[f][k];
            }
        }
    }

    /**
     * Writes ∂/∂x of a function of the base parameters into {@code gradient}, given its base gradient and
     * the Jacobians {@link #toBase} left in {@code s}.
     */
    void pullBack(double[] baseGradient, Scratch s, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        for (int i = 0; i < keptBase.length; i++) {
            gradient[i] = baseGradient[keptBase[i]];
        }
        for (int f = 0; f < functions.length; f++) {
            int nin = inputs[f].length;
            double[] jac = s.jacobian[f];
            for (int k = 0; k < outputs[f].length; k++) {
                double g = baseGradient[outputs[f][k]];
                for (int j = 0; j < nin; j++) {
                    gradient[inputs[f][j]] += g * jac[k * nin + j];
                }
            }
        }
    }
}
