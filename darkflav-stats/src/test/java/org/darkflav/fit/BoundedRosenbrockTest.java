package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chained Rosenbrock functions in random boxes, most of which cut off the global minimum (1, …, 1):
 * a non-convex problem with several local minima on the bounds. A local method can end in any of
 * them, so the result is checked against the optimality conditions of a bound-constrained minimum
 * (Nocedal &amp; Wright, Theorem 12.6), evaluated with the analytic Rosenbrock Hessian:
 * held arguments have a gradient pushing outward, and over the others the Newton decrement
 * ½ gᵀ H⁻¹ g is below the EDM target with H positive definite.
 */
class BoundedRosenbrockTest {

    record Box(int n, double[] lower, double[] upper, double[] start) {}

    static Stream<Named<Box>> boxes() {
        SplittableRandom rng = new SplittableRandom(42);
        return IntStream.range(0, 15).mapToObj(t -> {
            int n = 2 + rng.nextInt(12);
            double[] lo = new double[n];
            double[] hi = new double[n];
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                lo[i] = rng.nextDouble(-2, 0.8);
                hi[i] = lo[i] + rng.nextDouble(0.3, 3);
                start[i] = rng.nextDouble(lo[i], hi[i]);
            }
            return Named.of("box " + t + ", n = " + n, new Box(n, lo, hi, start));
        });
    }

    @ParameterizedTest
    @MethodSource("boxes")
    void endsAtAPointThatSatisfiesTheBoundConstrainedOptimalityConditions(Box box) {
        FitResult r = new QuasiNewtonMinimizer().minimize(
                new FitProblem(TestObjectives.rosenbrock(box.n()), box.start(), box.lower(), box.upper(), new boolean[box.n()]));
        assertThat(r.converged()).as(r.log().toString()).isTrue();

        double[] x = r.values();
        double[] g = new double[box.n()];
        TestObjectives.rosenbrock(box.n()).valueAndGradient(x, g);
        int[] interior = IntStream.range(0, box.n()).filter(i -> !(x[i] == box.lower()[i] && g[i] >= 0)
                && !(x[i] == box.upper()[i] && g[i] <= 0)).toArray();
        for (int i = 0; i < box.n(); i++) {
            assertThat(x[i]).isBetween(box.lower()[i], box.upper()[i]);
        }
        if (interior.length == 0) {
            return; // every argument held by a bound: the first-order condition above is all there is
        }
        double[][] h = analyticHessian(x);
        RealMatrix sub = MatrixUtils.createRealMatrix(interior.length, interior.length);
        double[] gi = new double[interior.length];
        for (int a = 0; a < interior.length; a++) {
            gi[a] = g[interior[a]];
            for (int b = 0; b < interior.length; b++) {
                sub.setEntry(a, b, h[interior[a]][interior[b]]);
            }
        }
        // throws if H over the interior arguments is not positive definite
        double[] step = new CholeskyDecomposition(sub).getSolver().solve(MatrixUtils.createRealVector(gi)).toArray();
        double decrement = 0;
        for (int a = 0; a < gi.length; a++) {
            decrement += 0.5 * gi[a] * step[a];
        }
        assertThat(decrement).isLessThan(2e-4);
    }

    /** ∂²f of Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², derived by hand: tridiagonal. */
    static double[][] analyticHessian(double[] x) {
        int n = x.length;
        double[][] h = new double[n][n];
        for (int i = 0; i + 1 < n; i++) {
            h[i][i] += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            h[i][i + 1] += -400 * x[i];
            h[i + 1][i] += -400 * x[i];
            h[i + 1][i + 1] += 200;
        }
        return h;
    }
}
