package org.darkflav.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.darkflav.recast.analysis.BabarKstarApproximateLikelihood;
import org.darkflav.recast.lee.LeeReproduction;
import org.darkflav.recast.scan.MassGrid;

/**
 * What {@link Reproducer} computes on which grids. Start from {@link #defaults()} or {@link #quick()} and change
 * what differs with the {@code with…} methods.
 *
 * @param grid masses in GeV of the paper-method, BaBar and combined scans
 * @param fullGrid masses of the full-likelihood scan (about 1 s per mass with limits)
 * @param fullLimits whether the full-likelihood scan computes CLs limits
 * @param shapeGrid masses of the signal-shape systematics
 * @param kstarGrid masses of the APPROXIMATE B → K* X limits
 * @param outlookMasses masses in GeV of the Belle II outlook
 * @param outlookLumisAb integrated luminosities in ab⁻¹ of the outlook
 * @param threads worker threads for scans (at least 1)
 * @param lee the look-elsewhere toy studies behind the global significances (empty: none)
 */
public record ReproductionConfig(MassGrid grid, MassGrid fullGrid, boolean fullLimits, MassGrid shapeGrid,
        MassGrid kstarGrid, double[] outlookMasses, double[] outlookLumisAb, int threads,
        List<LeeReproduction.Study> lee) {

    /** 0–4.6 GeV in 0.1 GeV: the paper-method analyses take milliseconds per mass. */
    public static final MassGrid DEFAULT_GRID = new MassGrid(0, 4.6, 0.1);
    /** 0–4.6 GeV in 0.2 GeV: the full likelihood takes about 1 s per mass with limits. */
    public static final MassGrid DEFAULT_FULL_GRID = new MassGrid(0, 4.6, 0.2);
    public static final MassGrid QUICK_GRID = new MassGrid(0, 4.6, 0.2);
    public static final MassGrid QUICK_FULL_GRID = new MassGrid(1, 3, 0.5);
    /** The signal-shape systematics: 0.5–4.0 GeV in 0.5 GeV. */
    public static final MassGrid SHAPE_GRID = new MassGrid(0.5, 4.0, 0.5);
    /**
     * 0.15–2.70 GeV in 0.05 GeV: reading BaBar's digitised curve costs nothing; its band starts at 0.10 GeV and is
     * trusted up to {@link BabarKstarApproximateLikelihood#RELIABLE_MAX_MASS_GEV}.
     */
    public static final MassGrid KSTAR_GRID = new MassGrid(0.15, BabarKstarApproximateLikelihood.RELIABLE_MAX_MASS_GEV,
            0.05);

    public ReproductionConfig {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(fullGrid, "fullGrid");
        Objects.requireNonNull(shapeGrid, "shapeGrid");
        Objects.requireNonNull(kstarGrid, "kstarGrid");
        outlookMasses = outlookMasses.clone();
        outlookLumisAb = outlookLumisAb.clone();
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        lee = List.copyOf(lee);
    }

    /** The reproduction as {@code darkflav reproduce} runs it, on all processors. */
    public static ReproductionConfig defaults() {
        return new ReproductionConfig(DEFAULT_GRID, DEFAULT_FULL_GRID, true, SHAPE_GRID, KSTAR_GRID,
                new double[] {1, 2, 3, 4}, new double[] {1, 10, 50}, Runtime.getRuntime().availableProcessors(),
                LeeReproduction.DEFAULT);
    }

    /**
     * Coarser scan grids and a fifth of the look-elsewhere toys ({@code darkflav reproduce --quick}): 200 of the
     * paper method, 20 of the full likelihood.
     */
    public static ReproductionConfig quick() {
        return defaults().withGrid(QUICK_GRID).withFullGrid(QUICK_FULL_GRID).withLee(LeeReproduction.DEFAULT.stream()
                .map(x -> new LeeReproduction.Study(x.analysis(), x.masses(), x.toys() / 5, x.seed())).toList());
    }

    public ReproductionConfig withGrid(MassGrid g) {
        return new ReproductionConfig(g, fullGrid, fullLimits, shapeGrid, kstarGrid, outlookMasses, outlookLumisAb,
                threads, lee);
    }

    public ReproductionConfig withFullGrid(MassGrid g) {
        return new ReproductionConfig(grid, g, fullLimits, shapeGrid, kstarGrid, outlookMasses, outlookLumisAb,
                threads, lee);
    }

    public ReproductionConfig withFullLimits(boolean on) {
        return new ReproductionConfig(grid, fullGrid, on, shapeGrid, kstarGrid, outlookMasses, outlookLumisAb,
                threads, lee);
    }

    public ReproductionConfig withThreads(int n) {
        return new ReproductionConfig(grid, fullGrid, fullLimits, shapeGrid, kstarGrid, outlookMasses, outlookLumisAb,
                n, lee);
    }

    /** Other look-elsewhere studies (an empty list: no global significances). */
    public ReproductionConfig withLee(List<LeeReproduction.Study> studies) {
        return new ReproductionConfig(grid, fullGrid, fullLimits, shapeGrid, kstarGrid, outlookMasses, outlookLumisAb,
                threads, studies);
    }

    @Override
    public double[] outlookMasses() {
        return outlookMasses.clone();
    }

    @Override
    public double[] outlookLumisAb() {
        return outlookLumisAb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReproductionConfig c && grid.equals(c.grid) && fullGrid.equals(c.fullGrid)
                && fullLimits == c.fullLimits && shapeGrid.equals(c.shapeGrid) && kstarGrid.equals(c.kstarGrid)
                && Arrays.equals(outlookMasses, c.outlookMasses) && Arrays.equals(outlookLumisAb, c.outlookLumisAb)
                && threads == c.threads && lee.equals(c.lee);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grid, fullGrid, fullLimits, shapeGrid, kstarGrid, Arrays.hashCode(outlookMasses),
                Arrays.hashCode(outlookLumisAb), threads, lee);
    }

    @Override
    public String toString() {
        return "ReproductionConfig[grid=" + grid + ", fullGrid=" + fullGrid + ", fullLimits=" + fullLimits
                + ", shapeGrid=" + shapeGrid + ", kstarGrid=" + kstarGrid + ", outlookMasses="
                + Arrays.toString(outlookMasses) + ", outlookLumisAb=" + Arrays.toString(outlookLumisAb)
                + ", threads=" + threads + ", lee=" + lee + "]";
    }
}
