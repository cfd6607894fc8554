package org.darkflav.histfactory.model;

import java.util.List;

/**
 * A HistFactory model compiled to flat arrays. Bins of the sorted channels form one global axis;
 * every (channel, sample) pair present in the spec is a block of consecutive cells, one per bin.
 * The expected rate of a cell is (nominal + Σ histosys Δ) × Π scalar factors × Π per-bin factors, and
 * ν_b sums the cells of bin b. Immutable and thread-safe; evaluation uses a per-thread {@link Scratch}.
 */
public final class CompiledModel {
    private final ModelStructure structure;
    private final ParameterLayout layout;
    private final InterpolationSettings interpolation;
    private final double[] nominal;
    private final int[] cellBin;
    private final int[] cellBlock;
    private final int[] blockCellStart; // K + 1 entries
    private final ScalarFactorKernel scalars;
    private final BinFactorKernel binFactors;
    private final HistoSysKernel histoSys;

    CompiledModel(ModelStructure structure, ParameterLayout layout, InterpolationSettings interpolation,
            double[] nominal, int[] blockCellStart, int[] cellBin, ScalarFactorKernel scalars,
            BinFactorKernel binFactors, HistoSysKernel histoSys) {
        this.structure = structure;
        this.layout = layout;
        this.interpolation = interpolation;
        this.nominal = nominal;
        this.blockCellStart = blockCellStart;
        this.cellBin = cellBin;
        this.cellBlock = new int[nominal.length];
        for (int k = 0; k + 1 < blockCellStart.length; k++) {
            for (int c = blockCellStart[k]; c < blockCellStart[k + 1]; c++) {
                cellBlock[c] = k;
            }
        }
        this.scalars = scalars;
        this.binFactors = binFactors;
        this.histoSys = histoSys;
    }

    public ModelStructure structure() {
        return structure;
    }

    public ParameterLayout layout() {
        return layout;
    }

    public InterpolationSettings interpolation() {
        return interpolation;
    }

    /** Number of main bins (all channels). */
    public int bins() {
        return structure.bins();
    }

    /** Number of parameters. */
    public int parameters() {
        return layout.size();
    }

    public Scratch newScratch() {
        int blocks = blockCellStart.length - 1;
        return new Scratch(nominal.length, blocks, scalars.entries(), histoSys.slots(), scalars.maxEntriesPerBlock());
    }

    /** Writes the expected main rates ν_b at {@code x} into {@code nu} (length {@link #bins()}). */
    public void expectedMain(double[] x, Scratch s, double[] nu) {
        System.arraycopy(nominal, 0, s.cellSum, 0, nominal.length);
        histoSys.addDeltas(x, s);
        scalars.evaluate(x, s);
        binFactors.evaluate(x, s);
        java.util.Arrays.fill(nu, 0, structure.bins(), 0.0);
        for (int c = 0; c < nominal.length; c++) {
            nu[cellBin[c]] += s.cellSum[c] * s.blockScale[cellBlock[c]] * s.cellScale[c];
        }
    }

    /**
     * Adds to {@code gradient} the derivative of a function f(ν) with respect to the parameters, given
     * ∂f/∂ν_b in {@code dNu}. Must follow {@link #expectedMain} at the same {@code x} with the same
     * scratch.
     */
    public void backpropagate(double[] x, Scratch s, double[] dNu, double[] gradient) {
        java.util.Arrays.fill(s.blockWeight, 0.0);
        for (int c = 0; c < nominal.length; c++) {
            int k = cellBlock[c];
            double w = dNu[cellBin[c]];
            s.cellBase[c] = w * s.blockScale[k];
            s.blockWeight[k] += w * s.cellSum[c] * s.cellScale[c];
        }
        scalars.backpropagate(s, gradient);
        binFactors.backpropagate(x, s, gradient);
        histoSys.backpropagate(s, gradient);
    }

    /**
     * Expected yield of every (channel, sample) block at {@code x}, for reports and plots: one array
     * of the block's bins per entry of {@link ModelStructure#blocks()}.
     */
    public List<double[]> expectedBlocks(double[] x) {
        Scratch s = newScratch();
        expectedMain(x, s, new double[bins()]);
        java.util.ArrayList<double[]> out = new java.util.ArrayList<>();
        for (int k = 0; k + 1 < blockCellStart.length; k++) {
            double[] y = new double[blockCellStart[k + 1] - blockCellStart[k]];
            for (int i = 0; i < y.length; i++) {
                int c = blockCellStart[k] + i;
                y[i] = s.cellSum[c] * s.blockScale[k] * s.cellScale[c];
            }
            out.add(y);
        }
        return out;
    }
}
