package org.darkflav.histfactory.model;

/**
 * Additive shape systematics: each histosys parameter contributes Δ = c₁(α)·Δ⁺ + c₂(α)·Δ⁻ to the
 * cells of the samples it modifies. Coefficients are computed once per parameter and evaluation.
 */
final class HistoSysKernel {
    private final int[] slotParam;  // parameter index of each histosys slot
    private final int[] entrySlot;  // per (block, parameter) entry
    private final int[] entryCell;  // first cell of the entry's block
    private final int[] entryData;  // offset into deltaUp / deltaDown
    private final int[] entryLength;
    private final double[] deltaUp;   // I⁺ − I⁰
    private final double[] deltaDown; // I⁰ − I⁻
    private final Interpolation code;

    HistoSysKernel(int[] slotParam, int[] entrySlot, int[] entryCell, int[] entryData, int[] entryLength,
            double[] deltaUp, double[] deltaDown, Interpolation code) {
        this.slotParam = slotParam;
        this.entrySlot = entrySlot;
        this.entryCell = entryCell;
        this.entryData = entryData;
        this.entryLength = entryLength;
        this.deltaUp = deltaUp;
        this.deltaDown = deltaDown;
        this.code = code;
    }

    int slots() {
        return slotParam.length;
    }

    /** Computes the coefficients and adds every delta to {@code s.cellSum}. */
    void addDeltas(double[] x, Scratch s) {
        double[] c = s.histoCoefficients;
        for (int j = 0; j < slotParam.length; j++) {
            code.additiveCoefficients(x[slotParam[j]], c, 4 * j);
        }
        double[] sum = s.cellSum;
        for (int h = 0; h < entrySlot.length; h++) {
            double c1 = c[4 * entrySlot[h]];
            double c2 = c[4 * entrySlot[h] + 1];
            int cell = entryCell[h];
            int d = entryData[h];
            for (int i = 0; i < entryLength[h]; i++) {
                sum[cell + i] += c1 * deltaUp[d + i] + c2 * deltaDown[d + i];
            }
        }
    }

    /** Adds ∂f/∂α, given {@code s.cellBase[c]} = ∂f/∂ν_b · blockScale for every cell. */
    void backpropagate(Scratch s, double[] gradient) {
        double[] base = s.cellBase;
        double[] scale = s.cellScale;
        double[] c = s.histoCoefficients;
        for (int h = 0; h < entrySlot.length; h++) {
            int slot = entrySlot[h];
            double d1 = c[4 * slot + 2];
            double d2 = c[4 * slot + 3];
            int cell = entryCell[h];
            int d = entryData[h];
            double g = 0;
            for (int i = 0; i < entryLength[h]; i++) {
                g += base[cell + i] * scale[cell + i] * (d1 * deltaUp[d + i] + d2 * deltaDown[d + i]);
            }
            gradient[slotParam[slot]] += g;
        }
    }
}
