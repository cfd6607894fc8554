package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random smooth, strictly convex, bounded problems, minimised by the quasi-Newton minimiser and by
 * Hipparchus' BOBYQA (Powell's derivative-free trust-region method) as an independent oracle.
 * Strict convexity makes the box minimum unique, so both must find the same point.
 */
class BobyqaComparisonTest {

    /**
     * f(x) = (x − c)ᵀ A (x − c) + Σ_k w_k ln(1 + exp(b_kᵀ x)), A = L Lᵀ + 0.2 I; the softplus terms
     * are convex, so f is strictly convex with Hessian ≥ 0.4 I.
     */
    record ConvexProblem(long seed, int n, double[][] a, double[] c, double[][] b, double[] w, double[] lower,
            double[] upper, double[] start) implements Objective {

        static ConvexProblem random(long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            int n = 2 + rng.nextInt(5);
            double[][] l = new double[n][n];
            for (double[] row : l) {
                for (int j = 0; j < n; j++) {
                    row[j] = rng.nextDouble(-1, 1);
                }
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        a[i][j] += l[i][k] * l[j][k];
                    }
                }
                a[i][i] += 0.2;
            }
            double[] c = new double[n];
            double[] lower = new double[n];
            double[] upper = new double[n];
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = rng.nextDouble(-3, 3);
                lower[i] = rng.nextDouble(-2.5, -1);
                upper[i] = rng.nextDouble(1, 2.5);
                start[i] = rng.nextDouble(lower[i], upper[i]);
            }
            int terms = 3;
            double[][] b = new double[terms][n];
            double[] w = new double[terms];
            for (int k = 0; k < terms; k++) {
                w[k] = rng.nextDouble(0, 3);
                for (int i = 0; i < n; i++) {
                    b[k][i] = rng.nextDouble(-2, 2);
                }
            }
            return new ConvexProblem(seed, n, a, c, b, w, lower, upper, start);
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[n]);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double f = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += a[i][j] * (x[j] - c[j]);
                }
                g[i] = 2 * sum;
                f += (x[i] - c[i]) * sum;
            }
            for (int k = 0; k < w.length; k++) {
                double t = 0;
                for (int i = 0; i < n; i++) {
                    t += b[k][i] * x[i];
                }
                f += w[k] * (Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t))));
                double sigmoid = 1 / (1 + Math.exp(-t));
                for (int i = 0; i < n; i++) {
                    g[i] += w[k] * sigmoid * b[k][i];
                }
            }
            return f;
        }

        @Override
        public String toString() {
            return "seed " + seed + ", n = " + n;
        }
    }

    static Stream<ConvexProblem> problems() {
        SplittableRandom master = new SplittableRandom(20261125L);
        return IntStream.range(0, 12).mapToObj(i -> ConvexProblem.random(master.nextLong()));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void agreesWithBobyqa(ConvexProblem p) {
        FitResult ours = new QuasiNewtonMinimizer(FitOptions.builder().tolerance(1e-9).build())
                .minimize(new FitProblem(p, p.start(), p.lower(), p.upper(), new boolean[p.n()]));
        PointValuePair oracle = new BOBYQAOptimizer(2 * p.n() + 1, 0.4, 1e-10).optimize(
                new MaxEval(200_000), new ObjectiveFunction(p::value), GoalType.MINIMIZE,
                new InitialGuess(p.start()), new SimpleBounds(p.lower(), p.upper()));

        assertThat(ours.converged()).as(ours.log().toString()).isTrue();
        // both are local methods on a convex problem, so the minima agree to the oracle's precision
        assertThat(ours.minimum()).isLessThanOrEqualTo(oracle.getValue() + 1e-9);
        // strict convexity (Hessian ≥ 0.4 I): |Δx|² ≤ 2 Δf / 0.4, so Δf ≤ 1e-9 means |Δx| ≤ 7e-5
        for (int i = 0; i < p.n(); i++) {
            assertThat(Math.abs(ours.values()[i] - oracle.getPoint()[i])).as("x[%d]", i).isLessThan(2e-4);
        }
    }
}
