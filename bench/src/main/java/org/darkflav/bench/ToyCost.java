package org.darkflav.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.TestStatistic;

/**
 * What a toy-based hypothesis test costs on one thread, in fits, evaluations and thread CPU time (steadier
 * than {@link ToyBenchmark}'s wall time on a shared machine), with CLs and the sum of the toys' test
 * statistics to show that a change left the results alone. Run from the repository root after
 * {@code bench/run.sh} has built the jar:
 * {@code java -cp bench/target/benchmarks.jar org.darkflav.bench.ToyCost [workspace] [toys] [repetitions]}.
 */
public final class ToyCost {

    private ToyCost() {}

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "belle2_ita_paper_x_2GeV";
        int toys = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        HistFactoryModel model = Workspaces.load(name);
        CountingMinimizer counting = new CountingMinimizer();
        HypoTest test = new HypoTest(new ProfileLikelihood(model, counting), TaskRunner.sequential());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repetitions; r++) {
            counting.reset();
            long t0 = threads.getCurrentThreadCpuTime();
            HypoTestResult result = test.test(1.0, TestStatistic.QMU_TILDE, new Calculator.Toys(toys, 1),
                    ProgressListener.NONE);
            long cpu = threads.getCurrentThreadCpuTime() - t0;
            var t = result.toys().orElseThrow();
            double sum = 0;
            for (int i = 0; i < toys; i++) {
                sum += t.nullDistribution()[i] + t.alternativeDistribution()[i];
            }
            System.out.printf(Locale.ROOT, "%s, %d toys per hypothesis: %s, %.0f toy fits per CPU second;"
                    + " CLs %.6f, failed %d, sum of q %.9g%n", name, toys, counting.report(cpu),
                    4.0 * toys / (cpu / 1e9), result.cls(), t.failedFits(), sum);
        }
    }
}
