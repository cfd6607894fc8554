package org.darkflav.histfactory.model;

/**
 * Per-thread work arrays for evaluating a {@link CompiledModel}: allocated once, reused for every
 * evaluation, never shared between threads.
 */
public final class Scratch {
    final double[] cellSum;    // nominal + Σ histosys deltas, per cell
    final double[] cellScale;  // product of per-bin factors (staterror, shapesys, shapefactor), per cell
    final double[] blockScale; // product of scalar factors (normfactor, lumi, normsys), per block
    final double[] factor;     // each scalar factor entry's value
    final double[] factorDerivative;
    final double[] histoCoefficients; // per histosys parameter slot: c1, c2, dc1, dc2
    final double[] cellBase;          // ∂f/∂ν_b · blockScale per cell (gradient pass)
    final double[] blockWeight;       // Σ_c ∂f/∂ν · cellSum · cellScale over a block (gradient pass)
    final double[] prefix;            // products of scalar factors before an entry (gradient pass)
    final double[] work = new double[4];

    Scratch(int cells, int blocks, int factorEntries, int histoSlots, int maxEntriesPerBlock) {
        cellSum = new double[cells];
        cellScale = new double[cells];
        blockScale = new double[blocks];
        factor = new double[factorEntries];
        factorDerivative = new double[factorEntries];
        histoCoefficients = new double[4 * histoSlots];
        cellBase = new double[cells];
        blockWeight = new double[blocks];
        prefix = new double[maxEntriesPerBlock + 1];
    }
}
