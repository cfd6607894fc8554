package org.darkflav.cli.infer;

import org.darkflav.infer.TestStatistic;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses pyhf's test-statistic names ({@code qtilde}, {@code q}, {@code q0}, {@code tmu}, {@code tmu_tilde}). */
final class TestStatisticConverter implements ITypeConverter<TestStatistic> {

    @Override
    public TestStatistic convert(String value) {
        for (TestStatistic t : TestStatistic.values()) {
            if (t.pyhfName().equals(value)) {
                return t;
            }
        }
        throw new TypeConversionException("unknown test statistic '" + value
                + "'; use one of qtilde, q, q0, tmu, tmu_tilde");
    }
}
