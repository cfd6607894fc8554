package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DenseMatricesTest {

    private static final long MIB = 1 << 20;

    @Test
    void refusesMatricesLargerThanTheHeapBeforeAllocatingThem() {
        // 4 matrices of 1000 x 1000 doubles are 4 x 8 MB = 30.5 MiB
        assertThatCode(() -> DenseMatrices.require(1000, 4, "the fit", 31 * MIB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DenseMatrices.require(1000, 4, "the fit", 30 * MIB))
                .isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("the fit has 1000 parameters and needs 4 dense 1000 x 1000 matrices (31 MiB)")
                .hasMessageContaining("may use at most 30 MiB")
                .hasMessageContaining("at most about 991 parameters"); // √(30 MiB / (4 × 8 B)) = 991.5
    }

    @Test
    void neverMoreThanOneJavaArrayHolds() {
        assertThatThrownBy(() -> DenseMatrices.require(46_341, 1, "the fit", Long.MAX_VALUE))
                .isInstanceOf(ModelTooLargeException.class).hasMessageContaining("never more than 46340");
    }

    @Test
    void aFitOfTooManyParametersIsRefusedBeforeItStarts() {
        int n = 46_341;
        Objective never = new Objective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                throw new AssertionError("not evaluated");
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                throw new AssertionError("not evaluated");
            }
        };
        double[] zeros = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        FitProblem p = new FitProblem(never, zeros, zeros, ones, new boolean[n]);
        assertThatThrownBy(() -> new QuasiNewtonMinimizer().minimize(p)).isInstanceOf(ModelTooLargeException.class);
    }
}
