package org.darkflav.fit;

/**
 * One minimisation: the attempts of the fallback chain around {@link BoundedBfgs}, the EDM check
 * with a real Hessian, and the Hessian for errors at the end. Used once and thrown away.
 */
final class FitRun {

    private static final int MAX_CHECKS = 3;
    private static final int NEWTON_STEPS = 20;
    private static final int POLISH_STEPS = 2;

    private final FitOptions options;
    private final FitLog log = new FitLog();
    private final BoundedBfgs bfgs;

    private final double[] warmInverse;
    private final String warmSource;
    private boolean polished;

    /**
     * @param warmInverse a starting inverse Hessian over the free arguments (m × m row-major, from an earlier
     *     fit), or null to start from a finite-difference Hessian
     * @param warmSource where {@code warmInverse} came from, for the log
     */
    FitRun(FitProblem problem, FitOptions options, double[] warmInverse, String warmSource) {
        // the metric, a finite-difference Hessian with its inverse, and the covariance over all parameters
        int free = Hessian.freeIndices(problem.fixed()).length;
        DenseMatrices.require(Math.max(free, problem.dimension()), 4, "the fit");
        this.options = options;
        this.bfgs = new BoundedBfgs(problem, options, log, warmInverse);
        this.warmInverse = warmInverse;
        this.warmSource = warmSource;
    }

    FitResult run() {
        FitStatus status;
        try {
            status = minimise();
        } catch (CountingObjective.CallLimitReached limit) {
            status = FitStatus.CALL_LIMIT_REACHED;
            bfgs.note("call limit of %d evaluations reached; reporting the best point seen", bfgs.evaluations());
            bfgs.adoptBestPoint();
        }
        return FitResults.assemble(bfgs, status);
    }

    private FitStatus minimise() {
        if (!bfgs.start()) {
            bfgs.note("objective or gradient not finite at the start point (f = %s)", bfgs.f());
            return FitStatus.NOT_FINITE;
        }
        if (bfgs.freeCount() == 0) {
            bfgs.setEdm(0);
            bfgs.setEmptyHessian();
            bfgs.note("no free parameters: objective evaluated once");
            return FitStatus.CONVERGED;
        }
        FitStatus status = attempt(1, "BFGS from the start point", options.strategy() == 2);
        if (needsFallback(status)) {
            bfgs.restartFromBest();
            status = attempt(2, "BFGS from the best point with a fresh central-difference Hessian", true);
        }
        if (needsFallback(status)) {
            bfgs.restartFromBest();
            status = newton();
        }
        return finish(status);
    }

    private static boolean needsFallback(FitStatus status) {
        return status == FitStatus.LINE_SEARCH_FAILED || status == FitStatus.NOT_FINITE;
    }

    private FitStatus attempt(int number, String what, boolean central) {
        int iterations0 = bfgs.iterations();
        int evaluations0 = bfgs.evaluations();
        String metric;
        if (number == 1 && warmInverse != null) {
            bfgs.setInverse(warmInverse);
            metric = warmSource;
        } else {
            metric = bfgs.initialiseInverse(central);
        }
        FitStatus status = iterateAndCheck();
        bfgs.note("attempt %d: %s (start metric: %s): %d iterations, %d evaluations, f = %.12g, edm = %.3g -> %s",
                number, what, metric, bfgs.iterations() - iterations0, bfgs.evaluations() - evaluations0, bfgs.f(),
                bfgs.edm(), status);
        return status;
    }

    /** Quasi-Newton iterations; at convergence the EDM is checked with a real Hessian, as MIGRAD does. */
    private FitStatus iterateAndCheck() {
        for (int check = 0;; check++) {
            FitStatus status = bfgs.iterate(Integer.MAX_VALUE);
            // strategy 0 trusts the quasi-Newton EDM, unless the Hessian is computed for errors anyway
            if (status != FitStatus.CONVERGED || (options.strategy() == 0 && !options.computeHessian())) {
                return status;
            }
            double[][] h = bfgs.centralHessian();
            if (!Vectors.allFinite(h)) {
                bfgs.note("EDM not checked: the finite-difference Hessian is not finite");
                bfgs.forgetHessian();
                return status;
            }
            double checked = bfgs.reducedEdm(h);
            if (checked < options.edmTarget()) {
                bfgs.polish(h, POLISH_STEPS);
                bfgs.setEdm(Math.min(checked, bfgs.reducedEdm(h)));
                polished = true;
                return status;
            }
            bfgs.note("check %d: EDM with the finite-difference Hessian is %.3g (quasi-Newton estimate %.3g),"
                    + " above %.3g; iterating on with that Hessian", check + 1, checked, bfgs.edm(), options.edmTarget());
            if (check + 1 >= MAX_CHECKS) {
                bfgs.setEdm(checked);
                return FitStatus.LINE_SEARCH_FAILED;
            }
            bfgs.setInverseFrom(h);
        }
    }

    /** Last resort: Newton steps, each with a fresh (regularised) central-difference Hessian. */
    private FitStatus newton() {
        int iterations0 = bfgs.iterations();
        int evaluations0 = bfgs.evaluations();
        FitStatus status = FitStatus.LINE_SEARCH_FAILED;
        for (int step = 0; step < NEWTON_STEPS; step++) {
            bfgs.setInverseFrom(bfgs.centralHessian());
            status = bfgs.iterate(1);
            if (status != null) {
                break;
            }
            status = FitStatus.LINE_SEARCH_FAILED;
        }
        bfgs.note("attempt 3: Newton steps with the central-difference Hessian: %d iterations, %d evaluations,"
                + " f = %.12g, edm = %.3g -> %s", bfgs.iterations() - iterations0, bfgs.evaluations() - evaluations0,
                bfgs.f(), bfgs.edm(), status);
        return status;
    }

    /** Makes sure the Hessian for the errors exists if wanted; a failure here only costs the errors. */
    private FitStatus finish(FitStatus status) {
        if (!options.computeHessian() || status == FitStatus.NOT_FINITE) {
            return status;
        }
        try {
            double[][] h = bfgs.centralHessian();
            if (!Vectors.allFinite(h)) {
                bfgs.note("Hessian at the minimum is not finite: no covariance");
                bfgs.forgetHessian();
                return status == FitStatus.CONVERGED ? FitStatus.HESSIAN_NOT_POSITIVE_DEFINITE : status;
            }
            if (polished) {
                // the polish moved the point: report the EDM with the Hessian computed there
                bfgs.setEdm(bfgs.reducedEdm(h));
            }
        } catch (CountingObjective.CallLimitReached limit) {
            bfgs.note("call limit reached while computing the Hessian: no covariance");
            bfgs.forgetHessian();
        }
        return status;
    }
}
