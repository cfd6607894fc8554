package org.darkflav.cli.infer;

import org.darkflav.infer.Calculator;
import org.darkflav.infer.TestStatistic;
import picocli.CommandLine.Option;

/** Test statistic and calculator, with pyhf's names and defaults (qtilde, asymptotics). */
public final class HypothesisOptions {

    /** The calculators by pyhf's command-line names. */
    enum CalculatorName { asymptotics, toys }

    @Option(names = "--test-stat", paramLabel = "STAT", converter = TestStatisticConverter.class,
            description = "qtilde (default), q, q0, tmu or tmu_tilde")
    TestStatistic testStatistic = TestStatistic.QMU_TILDE;

    @Option(names = "--calculator", paramLabel = "CALC",
            description = "asymptotics (default) or toys")
    CalculatorName calculator = CalculatorName.asymptotics;

    @Option(names = "--toys", paramLabel = "N", description = "pseudo-experiments per hypothesis (default 2000)")
    int toys = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "master seed of the toys (default 0)")
    long seed;

    Calculator toCalculator() {
        if (calculator == CalculatorName.toys) {
            if (toys < 1) {
                throw new org.darkflav.cli.UserException("--toys must be at least 1, got " + toys);
            }
            return new Calculator.Toys(toys, seed);
        }
        return Calculator.asymptotic();
    }
}
