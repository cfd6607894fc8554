package org.darkflav.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.UpperLimit;
import org.darkflav.infer.UpperLimitResult;

/**
 * What an asymptotic CLs limit search costs, in fits, objective evaluations and thread CPU time (which,
 * unlike wall time, a busy machine hardly changes): the 95 % limit and the 90 % + 95 % pair of a recast
 * mass point. Run from the repository root after {@code bench/run.sh} has built the jar:
 * {@code java -cp bench/target/benchmarks.jar org.darkflav.bench.LimitCost [workspace] [repetitions]}.
 */
public final class LimitCost {

    private LimitCost() {}

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "belle2_knunu_combined";
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        HistFactoryModel model = Workspaces.load(name);
        CountingMinimizer counting = new CountingMinimizer();
        ProfileLikelihood pl = new ProfileLikelihood(model, counting);
        double[] data = model.observedData();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repetitions; r++) {
            counting.reset();
            long t0 = threads.getCurrentThreadCpuTime();
            UpperLimitResult one = UpperLimit.asymptotic(pl).rootFinding(data, 0.95, pl.poiLowerBound(),
                    pl.poiUpperBound(), 1e-4, ProgressListener.NONE);
            long t1 = threads.getCurrentThreadCpuTime();
            String single = counting.report(t1 - t0);
            counting.reset();
            List<UpperLimitResult> two = UpperLimit.asymptotic(pl).rootFinding(data, new double[] {0.90, 0.95},
                    pl.poiLowerBound(), pl.poiUpperBound(), 1e-4, ProgressListener.NONE);
            long t2 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%s  95%%: %s, %d tests, observed %.8g  |  90%%+95%%: %s, observed %.8g %.8g%n",
                    name, single, one.tests().size(), one.observed(), counting.report(t2 - t1), two.get(0).observed(),
                    two.get(1).observed());
        }
    }
}
