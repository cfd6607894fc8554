package org.darkflav.recast.lee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The look-elsewhere study of one analysis: the observed scan, the global significance of its largest
 * excess from background-only toys, the Gross–Vitells estimate from the same toys, and the distribution
 * of the toys' largest local Z. A pure function of the setup and the toys' scans, so runs with the same
 * setup give the same result whatever engine, threads or interruptions they had.
 *
 * @param setup what fixed the toys
 * @param observed the scan of the observed data
 * @param toysDone toys scanned (all of them, unless this is a partial result)
 * @param failedToys toys with a fit that failed even after its retries; excluded from what follows
 * @param global the global significance of the observed largest q0
 * @param grossVitells the Gross–Vitells estimate at the observed largest q0
 * @param distribution the distribution of the toys' largest local Z
 * @param fits fits done for the toys (retries included)
 * @param toys the scans of the toys, in toy order
 */
public record LeeResult(LeeSetup setup, ToyScan observed, int toysDone, int failedToys, GlobalSignificance global,
        GrossVitells grossVitells, MaxZDistribution distribution, long fits, List<ToyScan> toys) {

    public LeeResult {
        toys = List.copyOf(toys);
    }

    /**
     * The result from the scans of finished chunks (in any order; a partial set gives a partial result).
     *
     * @param referenceZ the Gross–Vitells reference level
     */
    public static LeeResult of(LeeSetup setup, ToyScan observed, List<LeeChunk> chunks, double referenceZ) {
        List<LeeChunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingInt(LeeChunk::chunk));
        List<ToyScan> all = new ArrayList<>();
        List<ToyScan> good = new ArrayList<>();
        long fits = 0;
        for (LeeChunk c : sorted) {
            for (ToyScan t : c.toys()) {
                all.add(t);
                fits += t.fits();
                if (!t.failed()) {
                    good.add(t);
                }
            }
        }
        double obsQ0 = observed.maxQ0();
        double[] maxQ0 = good.stream().mapToDouble(ToyScan::maxQ0).toArray();
        double[] maxZ = good.stream().mapToDouble(t -> Math.sqrt(t.maxQ0())).toArray();
        GrossVitells gv = GrossVitells.of(referenceZ, good, obsQ0);
        return new LeeResult(setup, observed, all.size(), all.size() - good.size(), GlobalSignificance.of(obsQ0, maxQ0),
                gv, MaxZDistribution.of(maxZ, Math.sqrt(obsQ0), gv, MaxZDistribution.DEFAULT_BIN_WIDTH), fits, all);
    }

    /** The largest observed local significance √(max q0). */
    public double localZMax() {
        return Math.sqrt(observed.maxQ0());
    }

    /** The local p-value of the largest observed excess, Φ̄(Z). */
    public double localP() {
        return Normal.tail(localZMax());
    }

    /** The mass of the largest observed q0, in GeV. */
    public double massAtMax() {
        return setup.masses()[observed.argMax()];
    }

    /** The observed local Z at every mass. */
    public double[] observedLocalZ() {
        double[] z = observed.q0();
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.sqrt(z[i]);
        }
        return z;
    }

    /** Whether every toy was scanned. */
    public boolean complete() {
        return toysDone == setup.toys();
    }

    /** The fraction of scanned toys that failed. */
    public double failedFraction() {
        return toysDone == 0 ? 0 : (double) failedToys / toysDone;
    }
}
