package org.darkflav.bench;

import java.util.concurrent.TimeUnit;
import org.darkflav.recast.lee.LeeToys;
import org.darkflav.recast.lee.RecastScanModels;
import org.darkflav.recast.lee.ToyScan;
import org.darkflav.recast.scan.MassGrid;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One look-elsewhere toy on one thread: a background-only toy drawn from the fit to the observed data and
 * scanned over 0–4.6 GeV in 0.05 GeV (one background-only fit and 93 warm-started free fits). The
 * {@code fits} counter is the fits per second of one core; {@code toy} the toys per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class LeeToyBenchmark {

    @Param({"belle2-ita", "belle2-full"})
    public String analysis;

    private LeeToys toys;
    private int next;

    /** Fits done, reported by JMH as a rate (fits/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Fits {
        public long fits;

        @Setup(Level.Iteration)
        public void reset() {
            fits = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        toys = LeeToys.prepare(new RecastScanModels(analysis), MassGrid.parse("0:4.6:0.05").masses(), 1);
    }

    @Benchmark
    public ToyScan toy(Fits counter) {
        // toys 0, 1, 2, ... as a run does them; the data differ, the work per toy is alike
        ToyScan t = toys.toy(next++);
        counter.fits += t.fits();
        return t;
    }
}
