package org.darkflav.infer;

import org.darkflav.fit.FitResult;
import java.util.Optional;

/**
 * pyhf's {@code AsymptoticCalculator}: the test statistic on the data and on Asimov data built once from
 * a fixed μ_A fit to the observed data, turned into p-values with the asymptotic normal distribution of
 * t̃ (Cowan, Cranmer, Gross, Vitells 2011, as pyhf implements it; doc/likelihood.md).
 */
final class AsymptoticCalculator {

    private static final double[] BAND_SIGMAS = {2, 1, 0, -1, -2};

    private final ProfileLikelihood likelihood;
    private final double[] data;
    private final TestStatistic statistic;
    private final AsimovData asimov;
    private final FitResult freeOnData;
    private final FitResult freeOnAsimov;

    AsymptoticCalculator(ProfileLikelihood likelihood, double[] data, TestStatistic statistic) {
        this(likelihood, data, statistic, likelihood.fit(data));
    }

    /** @param freeOnData the free fit of {@code likelihood} to {@code data} (as {@link ProfileLikelihood#fit(double[])}) */
    AsymptoticCalculator(ProfileLikelihood likelihood, double[] data, TestStatistic statistic, FitResult freeOnData) {
        if (statistic == TestStatistic.TMU || statistic == TestStatistic.TMU_TILDE) {
            throw new InferenceException("the asymptotic calculator supports q0, q and qtilde (as pyhf), not "
                    + statistic.pyhfName() + "; use the toy calculator for two-sided test statistics");
        }
        this.likelihood = likelihood;
        this.data = data.clone();
        this.statistic = statistic;
        // the free fits do not depend on the tested μ: limits and scans reuse them. The fit for the
        // Asimov data starts from the free fit, and the free fit to the Asimov data from the point the
        // Asimov data were made at (their exact minimum, bounds permitting), both with its metric
        this.freeOnData = freeOnData;
        this.asimov = AsimovData.build(likelihood, this.data, statistic.alternativePoi(), freeOnData);
        this.freeOnAsimov = likelihood.fit(asimov.data(), asimov.fit().values(), freeOnData);
    }

    AsimovData asimov() {
        return asimov;
    }

    HypoTestResult test(double mu) {
        return test(mu, null, null).result();
    }

    /**
     * The test at {@code mu} with its two fixed-μ fits, each warm-started from {@code nearOnData} and
     * {@code nearOnAsimov} (fixed fits at a neighbouring μ; null: from the free fit).
     */
    Tested test(double mu, FitResult nearOnData, FitResult nearOnAsimov) {
        TestStatisticValue observed = likelihood.testStatistic(statistic, data, mu, freeOnData,
                nearOnData == null ? freeOnData : nearOnData);
        TestStatisticValue onAsimov = likelihood.testStatistic(statistic, asimov.data(), mu, freeOnAsimov,
                nearOnAsimov == null ? freeOnAsimov : nearOnAsimov);
        double q = observed.value();
        double qA = onAsimov.value();
        double sqrtQA = Math.sqrt(qA);
        double t = transformed(q, qA);
        double clsb = StandardNormal.cdf(-(t + sqrtQA));
        double clb = StandardNormal.cdf(-t);
        double[] sb = new double[ExpectedBand.SIZE];
        double[] b = new double[ExpectedBand.SIZE];
        double[] s = new double[ExpectedBand.SIZE];
        for (int i = 0; i < ExpectedBand.SIZE; i++) {
            double n = BAND_SIGMAS[i];
            sb[i] = StandardNormal.cdf(-(n + sqrtQA));
            b[i] = StandardNormal.cdf(-n);
            s[i] = sb[i] / b[i];
        }
        boolean converged = observed.fitsConverged() && onAsimov.fitsConverged() && asimov.fit().converged();
        HypoTestResult result = new HypoTestResult(mu, statistic, Calculator.asymptotic(), q, qA, clsb, clb,
                clsb / clb, ExpectedBand.of(s), ExpectedBand.of(sb), ExpectedBand.of(b), converged, Optional.empty());
        return new Tested(result, observed.fixedFit(), onAsimov.fixedFit());
    }

    /**
     * The test statistic on the Asimov data alone, which is all the expected band depends on, with the
     * fixed fit warm-started from {@code nearOnAsimov} (null: from the free fit).
     */
    TestStatisticValue asimovStatistic(double mu, FitResult nearOnAsimov) {
        return likelihood.testStatistic(statistic, asimov.data(), mu, freeOnAsimov,
                nearOnAsimov == null ? freeOnAsimov : nearOnAsimov);
    }

    /** A test with the fixed-μ fits it made, which neighbouring μ can start from. */
    record Tested(HypoTestResult result, FitResult fixedOnData, FitResult fixedOnAsimov) {}

    /** pyhf's {@code AsymptoticCalculator.teststatistic}: the test statistic mapped to t̃. */
    double transformed(double q, double qA) {
        double sqrtQ = Math.sqrt(q);
        double sqrtQA = Math.sqrt(qA);
        if (statistic != TestStatistic.QMU_TILDE || sqrtQ <= sqrtQA || qA == 0) {
            return sqrtQ - sqrtQA;
        }
        return (q - qA) / (2 * sqrtQA);
    }
}
