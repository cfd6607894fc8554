package org.darkflav.bench;

import java.util.Locale;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.FitResult;
import org.darkflav.fit.Minimizer;
import org.darkflav.fit.QuasiNewtonMinimizer;
import org.darkflav.infer.ProfileLikelihood;

/** The production minimiser, counting what it does (single-threaded use). */
final class CountingMinimizer implements Minimizer {
    private final Minimizer inner = new QuasiNewtonMinimizer(ProfileLikelihood.INFERENCE_FIT_OPTIONS);
    private int fits;
    private long evaluations;

    void reset() {
        fits = 0;
        evaluations = 0;
    }

    int fits() {
        return fits;
    }

    String report(long cpuNanos) {
        return String.format(Locale.ROOT, "%.3f s CPU, %d fits, %d evaluations", cpuNanos / 1e9, fits, evaluations);
    }

    @Override
    public FitResult minimize(FitProblem problem) {
        return count(inner.minimize(problem));
    }

    @Override
    public FitResult minimize(FitProblem problem, FitResult earlier) {
        return count(inner.minimize(problem, earlier));
    }

    @Override
    public FitResult minimizeNear(FitProblem problem, FitResult near) {
        return count(inner.minimizeNear(problem, near));
    }

    private FitResult count(FitResult r) {
        fits++;
        evaluations += r.evaluations();
        return r;
    }
}
