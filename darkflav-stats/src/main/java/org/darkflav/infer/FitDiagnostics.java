package org.darkflav.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.darkflav.fit.FitResult;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Post-fit diagnostics on one data set: pulls and constraints, correlations, impact ranking and a
 * saturated-model goodness of fit. The ranking's refits are independent tasks on the task runner.
 */
public final class FitDiagnostics {

    private final ProfileLikelihood likelihood;
    private final TaskRunner runner;

    public FitDiagnostics(ProfileLikelihood likelihood, TaskRunner runner) {
        this.likelihood = likelihood;
        this.runner = runner;
    }

    /** Pulls, constraints and correlations after a free fit. */
    public PullResult pulls(double[] data) {
        FitResult fit = likelihood.fit(data);
        double[][] cov = NumericalCovariance.of(likelihood, data, fit);
        StatisticalModel model = likelihood.model();
        List<String> names = model.parameterNames();
        double[] init = model.suggestedInit();
        double[] widths = model.constraintWidths();
        boolean[] fixed = model.suggestedFixed();
        List<Pull> pulls = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (fixed[i]) {
                continue;
            }
            double post = Math.sqrt(cov[i][i]);
            double pull = (fit.values()[i] - init[i]) / widths[i];
            pulls.add(new Pull(names.get(i), fit.values()[i], post, init[i], widths[i], pull, post / widths[i]));
        }
        return new PullResult(fit, pulls, CorrelationMatrix.fromCovariance(names, cov));
    }

    /** Impacts of every non-fixed nuisance parameter on the POI, ranked by post-fit impact. */
    public RankingResult ranking(double[] data, ProgressListener progress) {
        int poi = likelihood.requireFloatingPoi();
        FitResult best = likelihood.fit(data);
        double[][] cov = NumericalCovariance.of(likelihood, data, best);
        StatisticalModel model = likelihood.model();
        List<String> names = model.parameterNames();
        double[] widths = model.constraintWidths();
        boolean[] fixed = model.suggestedFixed();
        int[] nps = java.util.stream.IntStream.range(0, names.size()).filter(i -> i != poi && !fixed[i]).toArray();
        double[] start = best.values();
        double muHat = start[poi];
        List<ImpactResult> impacts = runner.map(nps.length, k -> {
            int i = nps[k];
            double post = Math.sqrt(cov[i][i]);
            double pre = widths[i];
            return new ImpactResult(names.get(i), start[i], pre, post,
                    shift(data, i, start[i] + pre, start, poi, muHat),
                    shift(data, i, start[i] - pre, start, poi, muHat),
                    shift(data, i, start[i] + post, start, poi, muHat),
                    shift(data, i, start[i] - post, start, poi, muHat));
        }, progress);
        List<ImpactResult> sorted = new ArrayList<>(impacts);
        // largest first; impacts that could not be computed (NaN) go last
        sorted.sort(Comparator.comparingDouble((ImpactResult i) -> Double.isNaN(i.postfitSize())
                ? Double.NEGATIVE_INFINITY : i.postfitSize()).reversed());
        return new RankingResult(names.get(poi), muHat, Math.sqrt(cov[poi][poi]), sorted);
    }

    private double shift(double[] data, int index, double value, double[] start, int poi, double muHat) {
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        FitResult f = likelihood.fixedFit(data, new int[] {index}, new double[] {value}, start);
        return f.values()[poi] - muHat;
    }

    /** Saturated-model goodness of fit of the free fit. */
    public GoodnessOfFitResult goodnessOfFit(double[] data) {
        FitResult fit = likelihood.fit(data);
        StatisticalModel model = likelihood.model();
        double[] nu = model.expectedData(fit.values());
        double deviance = 0;
        for (int b = 0; b < model.mainSize(); b++) {
            double n = data[b];
            deviance += 2 * (nu[b] - n + (n == 0 ? 0 : n * Math.log(n / nu[b])));
        }
        double[] widths = model.constraintWidths();
        boolean[] fixed = model.suggestedFixed();
        int unconstrained = 0;
        for (int i = 0; i < widths.length; i++) {
            if (!fixed[i] && !Double.isFinite(widths[i])) {
                unconstrained++;
            }
        }
        int dof = model.mainSize() - unconstrained;
        double p = dof > 0 ? 1 - new ChiSquaredDistribution(dof).cumulativeProbability(deviance) : Double.NaN;
        return new GoodnessOfFitResult(fit.minimum(), deviance, dof, p);
    }
}
